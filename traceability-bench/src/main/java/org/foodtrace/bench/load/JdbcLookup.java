package org.foodtrace.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.HdrHistogram.Histogram;
import org.foodtrace.bench.Database;

/**
 * The raw-JDBC read baseline: N threads, each on its own connection, fetch the trace view's row of a random
 * seeded batch by primary key ({@code SELECT * FROM trace_batch WHERE batch_id = ?}, prepared, autocommit).
 */
public final class JdbcLookup {

    /** Look-ups per second and latency percentiles in milliseconds. */
    public record Result(int connections, double seconds, long lookups, double lookupsPerSecond, double p50Millis,
                         double p99Millis, double maxMillis, long misses) {
    }

    private final Database database;

    public JdbcLookup(Database database) {
        this.database = database;
    }

    public Result run(List<String> batchIds, int connections, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Histogram histogram = new Histogram(60_000_000_000L, 3);
            histograms.add(histogram);
            futures.add(pool.submit(() -> loop(batchIds, deadline, histogram)));
        }
        long lookups = 0;
        long misses = 0;
        for (Future<long[]> future : futures) {
            long[] counts = future.get();
            lookups += counts[0];
            misses += counts[1];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Histogram all = new Histogram(60_000_000_000L, 3);
        histograms.forEach(all::add);
        return new Result(connections, seconds, lookups, lookups / seconds, all.getValueAtPercentile(50) / 1e6,
                all.getValueAtPercentile(99) / 1e6, all.getMaxValue() / 1e6, misses);
    }

    private long[] loop(List<String> batchIds, long deadline, Histogram histogram) throws Exception {
        long lookups = 0;
        long misses = 0;
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM trace_batch WHERE batch_id = ?")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < deadline) {
                select.setString(1, batchIds.get(random.nextInt(batchIds.size())));
                long start = System.nanoTime();
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        misses++;
                    }
                }
                histogram.recordValue(System.nanoTime() - start);
                lookups++;
            }
        }
        return new long[] {lookups, misses};
    }
}
