package org.foodtrace.bench.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.foodtrace.bench.Database;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches the read models rebuild by replay from the tokens the processors commit in {@code tokenentry}: the
 * replay starts when the first processor stores a token and has caught up when every segment of every processor
 * stands at the head of the store. A processor whose handlers take none of the last events stores its position
 * only when it extends its claim (Axon: every few seconds), so "caught up" is seen at most that late.
 */
public final class ReplayWatch {

    /** Progress points (seconds since the replay began, lowest position over all processors) for the chart. */
    public record Result(long events, double seconds, double eventsPerSecond, double secondsFromProcessStart,
                         Map<String, Double> caughtUpAfterSeconds, List<double[]> progress, boolean complete) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;

    public ReplayWatch(Database database) {
        this.database = database;
    }

    public Result await(long head, Instant processStarted, Duration timeout) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Instant began = null;
        Map<String, Double> caughtUp = new TreeMap<>();
        List<double[]> progress = new ArrayList<>();
        try (Connection connection = database.connect()) {
            while (Instant.now().isBefore(deadline)) {
                Map<String, Long> positions = positions(connection);
                Instant now = Instant.now();
                if (began == null && positions.values().stream().anyMatch(position -> position >= 0)) {
                    began = now;
                }
                if (began != null) {
                    double elapsed = Duration.between(began, now).toMillis() / 1000.0;
                    long lowest = positions.values().stream().mapToLong(Long::longValue).min().orElse(-1);
                    progress.add(new double[] {elapsed, Math.max(0, lowest)});
                    positions.forEach((processor, position) -> {
                        if (position >= head) {
                            caughtUp.putIfAbsent(processor, elapsed);
                        }
                    });
                    if (!positions.isEmpty() && caughtUp.keySet().containsAll(positions.keySet())) {
                        double seconds = Duration.between(began, now).toMillis() / 1000.0;
                        return new Result(head, seconds, head / seconds,
                                Duration.between(processStarted, now).toMillis() / 1000.0, caughtUp, progress, true);
                    }
                }
                Thread.sleep(100);
            }
        }
        double seconds = began == null ? timeout.toSeconds() : Duration.between(began, Instant.now()).toMillis() / 1000.0;
        long reached = progress.isEmpty() ? 0 : (long) progress.get(progress.size() - 1)[1];
        return new Result(head, seconds, reached / seconds, Duration.between(processStarted, Instant.now()).toMillis()
                / 1000.0, caughtUp, progress, false);
    }

    /** Each processor's lowest segment position (-1 before its first token). */
    static Map<String, Long> positions(Connection connection) throws SQLException {
        Map<String, Long> lowest = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT processorname, token FROM tokenentry")) {
            while (rows.next()) {
                byte[] token = rows.getBytes(2);
                long position = token == null ? -1 : index(JSON.readTree(token));
                lowest.merge(rows.getString(1), position, Math::min);
            }
        }
        return lowest;
    }

    /**
     * The position a token stands at: a gap-aware token's index; a replay token's current token (Axon 4.13 starts
     * a new processor on a non-empty store with a replay token whose reset point is the head); the lower half of
     * a merged token.
     */
    static long index(JsonNode token) {
        if (token == null || token.isNull()) {
            return -1;
        }
        if (token.has("index")) {
            return token.get("index").asLong();
        }
        if (token.has("tokenAtReset")) {
            return index(token.get("currentToken"));
        }
        if (token.has("lowerSegmentToken")) {
            return Math.min(index(token.get("lowerSegmentToken")), index(token.get("upperSegmentToken")));
        }
        return -1;
    }
}
