package org.foodtrace.bench.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.foodtrace.bench.Database;

/**
 * The packaged service as a separate process on the benchmark database: the real jar, as operators run it,
 * with a fixed heap ceiling, a GC log (for the heap high-water mark) and a JFR recording (for the profile), and
 * anonymous trace look-ups not rate-limited (the benchmark is one client address).
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String MAX_HEAP = "512m";

    private final Process process;
    private final int port;
    private final Path log;
    private final Path gcLog;
    private final Path recording;
    private final Instant started;

    private ServiceProcess(Process process, int port, Path log, Path gcLog, Path recording, Instant started) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.gcLog = gcLog;
        this.recording = recording;
        this.started = started;
    }

    public static ServiceProcess start(Path jar, Database database, String regulatorToken, Path workDirectory,
                                       String label, boolean profile, List<String> serviceArguments)
            throws IOException {
        int port = freePort();
        Path home = Files.createDirectories(workDirectory.resolve("home-" + label));
        Path log = workDirectory.resolve("app-" + label + ".log");
        Path gcLog = workDirectory.resolve("gc-" + label + ".log");
        Path recording = workDirectory.resolve("app-" + label + ".jfr");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + MAX_HEAP,
                "-Xlog:gc:file=" + gcLog + ":utctime",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + home));
        if (profile) {
            command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=default,dumponexit=true");
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(serviceArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", database.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("TRACE_REGULATOR_TOKEN", regulatorToken);
        builder.environment().put("TRACE_PUBLIC_RATE_LIMIT", "0");
        Instant started = Instant.now();
        return new ServiceProcess(builder.start(), port, log, gcLog, recording, started);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Instant started() {
        return started;
    }

    public Path log() {
        return log;
    }

    public Path gcLog() {
        return gcLog;
    }

    public Path recording() {
        return recording;
    }

    /** Waits for {@code /actuator/health} UP; fails with the log's tail if the process dies or time runs out. */
    public Duration awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not healthy within " + timeout + ":\n" + tail());
    }

    /** SIGTERM, then waits for the JVM to exit (the JFR recording is written on exit). */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
