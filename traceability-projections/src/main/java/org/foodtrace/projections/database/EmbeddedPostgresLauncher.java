package org.foodtrace.projections.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL (zonky binaries from Maven Central) with durable settings, and fails with one
 * clear message where it cannot run: as root, PostgreSQL refuses to start unless user namespaces let it run
 * under {@code unshare -U}.
 */
public final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

    static final String ROOT_WITHOUT_NAMESPACES =
            "Embedded PostgreSQL cannot run as root here: this machine does not allow user namespaces (unshare -U).";
    static final String ROOT_FIX =
            "Run the service as a normal user, or point it at a PostgreSQL server with SPRING_DATASOURCE_URL "
                    + "(and SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD).";

    private final UserNamespaces userNamespaces;

    public EmbeddedPostgresLauncher(UserNamespaces userNamespaces) {
        this.userNamespaces = userNamespaces;
    }

    public EmbeddedPostgres start(EmbeddedDatabaseProperties properties, boolean durable) {
        if (userNamespaces.runningAsRoot() && !userNamespaces.available()) {
            throw new EmbeddedDatabaseUnavailableException(ROOT_WITHOUT_NAMESPACES, ROOT_FIX, null);
        }
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        try {
            if (properties.fresh()) {
                FileSystemUtils.deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            Path binaries = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries");
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (durable) {
                builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on");
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on 127.0.0.1:{}, data in {}", postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(
                    "Embedded PostgreSQL did not start (data directory " + dataDirectory + "): " + rootMessage(e),
                    "Check that the data directory is writable and not used by another running instance, start "
                            + "afresh with --trace.database.embedded.fresh=true, or set SPRING_DATASOURCE_URL to a "
                            + "PostgreSQL server.", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }


    /** Whether the process runs as root, and whether it may create a user namespace to run PostgreSQL in. */
    public interface UserNamespaces {

        boolean runningAsRoot();

        boolean available();

        static UserNamespaces ofThisMachine() {
            return new UserNamespaces() {
                @Override
                public boolean runningAsRoot() {
                    try {
                        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
                    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                        return "root".equals(System.getProperty("user.name"));
                    }
                }

                @Override
                public boolean available() {
                    try {
                        Process probe = new ProcessBuilder("unshare", "-U", "true")
                                .redirectErrorStream(true)
                                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                                .start();
                        return probe.waitFor() == 0;
                    } catch (IOException e) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            };
        }
    }
}
