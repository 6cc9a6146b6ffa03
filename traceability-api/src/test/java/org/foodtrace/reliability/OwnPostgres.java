package org.foodtrace.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of the test's own (zonky's embedded binaries) on a fixed data directory and port, so the
 * test can stop it ({@code pg_ctl stop -m fast}: connections are cut) and start it again with the same data,
 * whatever {@code TRACE_TEST_DB_URL} names. As root, zonky runs initdb and postgres under {@code unshare -U}
 * (as the embedded database of the application does).
 */
final class OwnPostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final Path binaries;
    private final int port;
    private EmbeddedPostgres server;

    private OwnPostgres(Path directory, int port) {
        this.dataDirectory = directory.resolve("data");
        this.binaries = directory.resolve("bin");
        this.port = port;
    }

    /** A new, empty server in {@code directory} (wiped first) on a free port, started. */
    static OwnPostgres fresh(Path directory) throws IOException {
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        OwnPostgres postgres = new OwnPostgres(directory, AppProcess.freePort());
        postgres.start();
        return postgres;
    }

    void start() throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(binaries);
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toFile())
                .setOverrideWorkingDirectory(binaries.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    /** Fast shutdown: open connections are terminated, the server stops accepting new ones; data stays. */
    void stop() throws IOException {
        server.close();
        server = null;
    }

    boolean running() {
        return server != null;
    }

    /** Creates a database and returns its JDBC URL (user in the URL, trust authentication). */
    String createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stop();
        }
    }

}
