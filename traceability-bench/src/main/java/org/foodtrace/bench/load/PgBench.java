package org.foodtrace.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.foodtrace.bench.Database;

/**
 * The raw-PostgreSQL ingest baseline: pgbench with a custom script that commits one insert of an event-sized row
 * per transaction into {@code baseline_event}, a copy of the event table (its columns, identity, primary key and
 * unique indexes), over TCP like the service, with prepared statements, at a given number of clients.
 */
public final class PgBench {

    /** One pgbench run. */
    public record Result(int clients, double seconds, long transactions, double transactionsPerSecond,
                         double latencyAverageMillis) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

    private final Database database;
    private final Path script;
    private final Path workDirectory;

    public PgBench(Database database, Path script, Path workDirectory) {
        this.database = database;
        this.script = script;
        this.workDirectory = workDirectory;
    }

    public static boolean available() {
        try {
            Process process = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Creates the baseline table beside the event table. */
    public void prepare() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS baseline_event");
            statement.execute("CREATE TABLE baseline_event (LIKE domainevententry INCLUDING ALL)");
        }
    }

    public Result run(int clients, Duration duration, long rowBytes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(duration.toSeconds()), "-D", "size=" + rowBytes, "-f", script.toString()));
        command.addAll(database.cliArguments());
        Path output = workDirectory.resolve("pgbench-c" + clients + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(database.cliEnvironment());
        Process process = builder.start();
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish");
        }
        String text = Files.readString(output);
        Matcher tps = TPS.matcher(text);
        Matcher latency = LATENCY.matcher(text);
        Matcher processed = PROCESSED.matcher(text);
        if (process.exitValue() != 0 || !tps.find() || !latency.find() || !processed.find()) {
            throw new IllegalStateException("pgbench failed (" + process.exitValue() + "): " + command + "\n" + text);
        }
        return new Result(clients, duration.toSeconds(), Long.parseLong(processed.group(1)),
                Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }
}
