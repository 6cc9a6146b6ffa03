package org.foodtrace.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as a separate process on a given PostgreSQL database (like {@code ops.ExecutableJarIT}), its
 * output in a log file; plus plain JDBC on that database for counting event rows.
 */
final class AppProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("trace.jar", "target/traceability-api.jar"));
    static final String REGULATOR_TOKEN = "reliability-regulator-token-7f3a9c";

    private final String databaseUrl;
    private final int port;
    private final Path log;
    private final Path home;
    private Process process;

    AppProcess(String databaseUrl, Path log) throws IOException {
        this.databaseUrl = databaseUrl;
        this.port = freePort();
        this.log = log;
        this.home = Files.createTempDirectory("rel-home");
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    String databaseUrl() {
        return databaseUrl;
    }

    /** Starts the jar (appending to its log) and waits, polling, until health is UP. */
    void start(Duration timeout) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + home, "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl);
        builder.environment().remove("SPRING_DATASOURCE_USERNAME");
        builder.environment().remove("SPRING_DATASOURCE_PASSWORD");
        builder.environment().put("TRACE_REGULATOR_TOKEN", REGULATOR_TOKEN);
        builder.environment().put("TRACE_PUBLIC_RATE_LIMIT", "0");
        process = builder.start();
        if (!waitForHealthUp(timeout)) {
            throw new AssertionError("app did not become healthy within " + timeout + "; log:\n" + logText());
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing, in-flight requests cut. */
    void killHard() throws Exception {
        new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("process survived kill -9");
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    boolean waitForHealthUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                return false;
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
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

    // ---- event store ----

    long eventRows() {
        return queryLong("SELECT count(*) FROM domainevententry");
    }

    long eventRowsOf(String aggregateId) {
        return queryLong("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", aggregateId);
    }

    long eventRowsOf(String aggregateId, String payloadTypeSuffix) {
        return queryLong("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
                aggregateId, "%" + payloadTypeSuffix);
    }

    /** Rows of the aggregate whose JSON payload contains the text (e.g. a sale id). */
    long eventRowsMentioning(String aggregateId, String text) {
        return queryLong("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND position(? in convert_from(payload, 'UTF8')) > 0", aggregateId, text);
    }

    /** The first column of every row, as text. */
    java.util.Set<String> queryStrings(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            java.util.Set<String> values = new java.util.TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long queryLong(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
