package org.foodtrace.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a real process on its embedded database (no datasource configured): it must answer
 * health UP, and exit by itself on SIGTERM (Axon's janitor thread must not keep the JVM alive).
 */
class ExecutableJarIT {

    private static final Path JAR = Path.of(System.getProperty("trace.jar", "target/traceability-api.jar"));

    @Test
    void runs_on_the_embedded_database_and_exits_cleanly_on_sigterm() throws Exception {
        assertThat(JAR).exists();
        Path home = Files.createTempDirectory("jar-home");
        runAndStop(List.of(), JAR.toAbsolutePath(), home);
    }

    @Test
    void runs_as_an_ordinary_user_too() throws Exception {
        Assumptions.assumeTrue(isRoot() && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "only meaningful when the tests run as root");
        Path home = Files.createTempDirectory(Path.of("/tmp"), "trace-nobody");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path jarCopy = home.resolve("app.jar");
        Files.copy(JAR, jarCopy);
        Files.setPosixFilePermissions(jarCopy, PosixFilePermissions.fromString("rw-r--r--"));
        runAndStop(List.of("/usr/sbin/runuser", "-u", "nobody", "--"), jarCopy, home);
    }

    private void runAndStop(List<String> prefix, Path jar, Path home) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(javaBinary(), "-Xmx384m", "-Duser.home=" + home, "-Djava.io.tmpdir=" + home,
                "-jar", jar.toString(), "--server.port=" + port));
        Path log = Files.createTempFile("app", ".log");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        Process app = builder.start();
        try {
            assertThat(waitForHealthUp(port, Duration.ofSeconds(120))).as("health UP; log:%n%s", read(log)).isTrue();
            assertThat(Path.of(home.toString(), ".foodtrace", "postgres", "PG_VERSION"))
                    .as("the embedded database keeps its files under the user's home").exists();
            new ProcessBuilder("kill", "-TERM", String.valueOf(javaPid(app))).start().waitFor();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("exited after SIGTERM; log:%n%s", read(log)).isTrue();
            assertThat(read(log)).doesNotContain("Exception in thread").contains("Started TraceabilityApplication");
        } finally {
            app.destroyForcibly();
        }
    }

    /** The JVM's pid: the process itself, or the child of runuser. */
    private static long javaPid(Process app) {
        return app.toHandle().children().findFirst().map(ProcessHandle::pid).orElse(app.pid());
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static boolean waitForHealthUp(int port, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
