package org.foodtrace.bench.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;
import org.axonframework.common.DateTimeUtils;
import org.foodtrace.bench.Database;

/**
 * Measures projection lag from outside the service while commands flow: one JDBC connection polls every
 * {@value #POLL_MILLIS} ms for new batch events in {@code domainevententry} (the moment a committed event becomes
 * visible) and for the read-model rows that show them: the batch view's event row for every batch event, plus the
 * trace view's and lineage graph's batch rows for a registration. An event's lag is the time from its commit
 * being visible until every read model that shows it does; the second figure starts at the event's own
 * timestamp (when the aggregate applied it, before its transaction committed). Poll granularity bounds the error.
 */
public final class LagProbe implements Runnable {

    static final int POLL_MILLIS = 5;

    /** Lag percentiles in milliseconds. */
    public record Result(long events, double p50Millis, double p90Millis, double p99Millis, double maxMillis,
                         double fromEventP50Millis, double fromEventP99Millis, long unresolved,
                         Map<Double, Double> percentiles) {
    }

    private record Pending(String batchId, long sequence, boolean registration, long committedSeenAt,
                           long appliedAt) {
    }

    private final Database database;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Histogram fromCommit = new Histogram(600_000L, 3);
    private final Histogram fromEvent = new Histogram(600_000L, 3);
    private final List<Pending> pending = new ArrayList<>();
    private volatile Exception failure;
    private long unresolved;

    public LagProbe(Database database) {
        this.database = database;
    }

    public void stop() {
        running.set(false);
    }

    @Override
    public void run() {
        try (Connection connection = database.connect();
             PreparedStatement events = connection.prepareStatement("""
                     SELECT globalindex, aggregateidentifier, sequencenumber, payloadtype, timestamp
                     FROM domainevententry WHERE globalindex > ? AND type LIKE '%Batch' ORDER BY globalindex""");
             PreparedStatement batchView = connection.prepareStatement("""
                     SELECT batch_id, max(sequence_number) FROM batch_view_event
                     WHERE batch_id = ANY(?) GROUP BY batch_id""");
             PreparedStatement traceView = connection.prepareStatement(
                     "SELECT batch_id FROM trace_batch WHERE batch_id = ANY(?)");
             PreparedStatement lineage = connection.prepareStatement(
                     "SELECT batch_id FROM lineage_node WHERE batch_id = ANY(?)")) {
            long last = head(connection);
            long stopAt = Long.MAX_VALUE;
            while (System.currentTimeMillis() < stopAt) {
                if (!running.get() && stopAt == Long.MAX_VALUE) {
                    stopAt = System.currentTimeMillis() + 3_000;
                }
                events.setLong(1, last);
                long seenAt = System.currentTimeMillis();
                try (ResultSet rows = events.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        if (running.get()) {
                            pending.add(new Pending(rows.getString(2), rows.getLong(3),
                                    rows.getString(4).endsWith(".BatchRegistered"), seenAt,
                                    DateTimeUtils.parseInstant(rows.getString(5)).toEpochMilli()));
                        }
                    }
                }
                resolve(connection, batchView, traceView, lineage);
                if (pending.isEmpty() && !running.get()) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            unresolved = pending.size();
        } catch (Exception e) {
            failure = e;
        }
    }

    private void resolve(Connection connection, PreparedStatement batchView, PreparedStatement traceView,
                         PreparedStatement lineage) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        pending.forEach(p -> ids.add(p.batchId()));
        Array array = connection.createArrayOf("varchar", ids.toArray());
        long now = System.currentTimeMillis();
        Map<String, Long> projected = new HashMap<>();
        batchView.setArray(1, array);
        try (ResultSet rows = batchView.executeQuery()) {
            while (rows.next()) {
                projected.put(rows.getString(1), rows.getLong(2));
            }
        }
        Set<String> traced = present(traceView, array);
        Set<String> inLineage = present(lineage, array);
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            boolean visible = projected.getOrDefault(p.batchId(), -1L) >= p.sequence()
                    && (!p.registration() || (traced.contains(p.batchId()) && inLineage.contains(p.batchId())));
            if (visible) {
                fromCommit.recordValue(Math.max(0, now - p.committedSeenAt()));
                fromEvent.recordValue(Math.max(0, now - p.appliedAt()));
                it.remove();
            }
        }
    }

    private static Set<String> present(PreparedStatement statement, Array ids) throws SQLException {
        Set<String> found = new HashSet<>();
        statement.setArray(1, ids);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static long head(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(globalindex), 0) FROM domainevententry")) {
            row.next();
            return row.getLong(1);
        }
    }

    public Result result() throws Exception {
        if (failure != null) {
            throw failure;
        }
        Map<Double, Double> percentiles = new java.util.LinkedHashMap<>();
        for (double p : new double[] {1, 5, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 97, 98, 99, 99.5, 99.9,
                100}) {
            percentiles.put(p, (double) fromCommit.getValueAtPercentile(p));
        }
        return new Result(fromCommit.getTotalCount(), fromCommit.getValueAtPercentile(50),
                fromCommit.getValueAtPercentile(90), fromCommit.getValueAtPercentile(99), fromCommit.getMaxValue(),
                fromEvent.getValueAtPercentile(50), fromEvent.getValueAtPercentile(99), unresolved, percentiles);
    }
}
