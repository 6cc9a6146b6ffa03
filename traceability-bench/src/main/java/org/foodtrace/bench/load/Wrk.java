package org.foodtrace.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (Debian's package) with one of the benchmark's Lua scripts and reads the "BENCH ..." summary the
 * scripts print: requests, errors, latency percentiles (wrk's own histogram) and the scripts' counters.
 */
public final class Wrk {

    /** One wrk run. Latencies in milliseconds, keyed by percentile. */
    public record Result(int connections, double seconds, long requests, double requestsPerSecond,
                         long non2xx, long socketErrors, double meanMillis, double maxMillis,
                         Map<Double, Double> percentiles, Map<String, Long> counters) {

        public double percentile(double p) {
            return percentiles.getOrDefault(p, Double.NaN);
        }

        public long counter(String name) {
            return counters.getOrDefault(name, 0L);
        }
    }

    private final Path scripts;
    private final Path workDirectory;

    public Wrk(Path scripts, Path workDirectory) {
        this.scripts = scripts;
        this.workDirectory = workDirectory;
    }

    public static boolean available() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public Result run(String label, String script, String url, int threads, int connections, Duration duration,
                      String... scriptArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(threads),
                "-c", Integer.toString(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s",
                "-s", script, url));
        if (scriptArguments.length > 0) {
            command.add("--");
            command.addAll(List.of(scriptArguments));
        }
        Path output = workDirectory.resolve("wrk-" + label + ".txt");
        Process process = new ProcessBuilder(command).directory(scripts.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not finish: " + command);
        }
        List<String> lines = Files.readAllLines(output);
        if (process.exitValue() != 0 || lines.stream().noneMatch(line -> line.startsWith("BENCH requests"))) {
            throw new IllegalStateException("wrk failed (" + process.exitValue() + "): " + command + "\n"
                    + String.join("\n", lines));
        }
        return parse(connections, lines);
    }

    static Result parse(int connections, List<String> lines) {
        long requests = 0;
        double seconds = 0;
        long non2xx = 0;
        long socketErrors = 0;
        double mean = 0;
        double max = 0;
        Map<Double, Double> percentiles = new LinkedHashMap<>();
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("BENCH ")) {
                continue;
            }
            String[] f = line.substring(6).trim().split("\\s+");
            switch (f[0]) {
                case "requests" -> requests = Long.parseLong(f[1]);
                case "duration_us" -> seconds = Long.parseLong(f[1]) / 1e6;
                case "errors" -> {
                    socketErrors = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                            + Long.parseLong(f[5]);
                    non2xx = Long.parseLong(f[4]);
                }
                case "latency_mean_us" -> mean = Double.parseDouble(f[1]) / 1000;
                case "latency_max_us" -> max = Double.parseDouble(f[1]) / 1000;
                case "pct" -> percentiles.put(Double.parseDouble(f[1]), Double.parseDouble(f[2]) / 1000);
                case "counter" -> counters.put(f[1], Long.parseLong(f[2]));
                default -> { }
            }
        }
        return new Result(connections, seconds, requests, seconds > 0 ? requests / seconds : 0, non2xx,
                socketErrors, mean, max, percentiles, counters);
    }
}
