package org.foodtrace.bench.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Serializer;
import org.foodtrace.bench.BenchSize;
import org.foodtrace.projections.processing.ServiceSerializer;
import org.postgresql.PGConnection;

/**
 * Seeds the city into the event store of a migrated, empty service database, in one transaction: the table is
 * truncated and filled by one binary {@code COPY ... FREEZE} (rows frozen, no vacuum needed afterwards), its two
 * unique constraints and any secondary index are dropped before and re-created after with their own
 * definitions (building an index once is far cheaper than a million random inserts into it), the identity
 * sequence continues after the last row, and {@code tokenentry} is emptied so that every processor of the next
 * start replays the whole store, as a newly deployed read model would.
 */
public final class Seeder {

    /** What was seeded, and the files of sampled trace codes and batch ids for the look-up runs. */
    public record Seeded(long operators, long batches, long events, long copyBytes, long averageEventBytes,
                         double seconds, Map<String, Long> eventsByType, Path codes, Path batchIds) {
    }

    private static final int CHAINS_PER_BLOCK = 1024;

    private final BenchSize size;
    private final Path workDirectory;

    public Seeder(BenchSize size, Path workDirectory) {
        this.size = size;
        this.workDirectory = workDirectory;
    }

    public Seeded seed(String jdbcUrl) throws SQLException, IOException {
        long started = System.nanoTime();
        RandomIds ids = new RandomIds(20261123L);
        City city = new City(size, ids);
        Sample sample = new Sample(size.codeSample(), new RandomIds(7L));
        SupplyChains chains = new SupplyChains(city, ids, sample);
        Serializer serializer = ServiceSerializer.create();
        Map<String, Long> byType = new LinkedHashMap<>();
        Instant end = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        Instant start = end.minus(Duration.ofDays(60));
        long estimatedChains = Math.max(1, size.batches() / 3);
        long window = Duration.between(start, end).toMillis();

        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.setAutoCommit(false);
            List<String> recreate = dropIndexes(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET maintenance_work_mem = '512MB'");
                statement.execute("TRUNCATE domainevententry");
            }
            EventStoreCopy copy = new EventStoreCopy(connection.unwrap(PGConnection.class).getCopyAPI(), serializer, ids);
            long globalIndex = 0;
            for (SeedEvent event : city.registrations(start.minus(Duration.ofDays(30)), ids)) {
                copy.write(++globalIndex, event);
                count(byType, event);
            }
            long batches = 0;
            long chain = 0;
            List<SeedEvent> block = new ArrayList<>(CHAINS_PER_BLOCK * 17);
            while (batches < size.batches()) {
                block.clear();
                for (int i = 0; i < CHAINS_PER_BLOCK && batches < size.batches(); i++, chain++) {
                    Instant t0 = start.plusMillis(Math.min(window, window * chain / estimatedChains)
                            + ids.nextInt(3_600_000));
                    batches += chain % 4 == 3 ? chains.pork(chain, t0, block) : chains.vegetables(chain, t0, block);
                }
                block.sort(Comparator.comparing(SeedEvent::timestamp));
                for (SeedEvent event : block) {
                    copy.write(++globalIndex, event);
                    count(byType, event);
                }
            }
            long rows = copy.finish();
            try (Statement statement = connection.createStatement()) {
                for (String ddl : recreate) {
                    statement.execute(ddl);
                }
                statement.execute("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), "
                        + globalIndex + ")");
                statement.execute("DELETE FROM tokenentry");
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE domainevententry");
            }
            Path codes = workDirectory.resolve("codes.txt");
            Path batchIds = workDirectory.resolve("batch-ids.txt");
            sample.write(codes, batchIds);
            return new Seeded(city.all().size(), batches, rows, copy.bytesSent(), copy.averageEventBytes(),
                    (System.nanoTime() - started) / 1e9, byType, codes, batchIds);
        }
    }

    /** Drops the unique constraints and secondary indexes of the event table; returns the DDL re-creating them. */
    private static List<String> dropIndexes(Connection connection) throws SQLException {
        List<String> recreate = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet constraints = statement.executeQuery("""
                     SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE conrelid = 'domainevententry'::regclass AND contype = 'u'""")) {
            while (constraints.next()) {
                drop.add("ALTER TABLE domainevententry DROP CONSTRAINT " + constraints.getString(1));
                recreate.add("ALTER TABLE domainevententry ADD CONSTRAINT " + constraints.getString(1) + " "
                        + constraints.getString(2));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet indexes = statement.executeQuery("""
                     SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                     WHERE x.indrelid = 'domainevententry'::regclass
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)""")) {
            while (indexes.next()) {
                drop.add("DROP INDEX " + indexes.getString(1));
                recreate.add(indexes.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String ddl : drop) {
                statement.execute(ddl);
            }
        }
        return recreate;
    }

    private static void count(Map<String, Long> byType, SeedEvent event) {
        byType.merge(event.payload().getClass().getSimpleName(), 1L, Long::sum);
    }

    /** A uniform random sample of the seeded batches (reservoir sampling). */
    private static final class Sample implements SupplyChains.Batches {
        private final int capacity;
        private final RandomIds random;
        private final List<String[]> kept = new ArrayList<>();
        private long seen;

        Sample(int capacity, RandomIds random) {
            this.capacity = capacity;
            this.random = random;
        }

        @Override
        public void seeded(String batchId, String traceCode) {
            seen++;
            if (kept.size() < capacity) {
                kept.add(new String[] {batchId, traceCode});
            } else {
                long slot = random.nextLong(seen);
                if (slot < capacity) {
                    kept.set((int) slot, new String[] {batchId, traceCode});
                }
            }
        }

        void write(Path codes, Path batchIds) {
            try {
                Files.write(codes, kept.stream().map(kept -> kept[1]).toList());
                Files.write(batchIds, kept.stream().map(kept -> kept[0]).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
