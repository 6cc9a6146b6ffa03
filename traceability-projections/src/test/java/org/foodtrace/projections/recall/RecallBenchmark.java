package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.testsupport.FreshDatabase;
import org.foodtrace.testsupport.TestPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Recall of a lot with 10,000 descendants over five hops. Not part of the build (its name is no test name);
 * run it on its own, see docs/benchmarks.md:
 * {@code ./mvnw -pl traceability-projections -am test -Dtest=RecallBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * A factory lot is split into 10 pallets, each into 9 cases, each into 10 cartons, each into 5 packs (all at the
 * factory); each pack leaves for a distributor, which admits it and dispatches part to a supermarket, which
 * admits it: 10 + 90 + 900 + 4,500 + 4,500 = 10,000 descendants, everything seeded through the command gateway.
 * Measured: the affected set (the lineage read model's recursive CTE), the time from the recall command until
 * every one of the 10,001 batches refuses sales (they are blocked in the transaction that opens the recall; 50
 * random shelves are tried at once), and until every batch aggregate has recorded its recall (the saga).
 */
@Tag("benchmark")
@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class RecallBenchmark {

    private static final int[] FAN_OUT = {10, 9, 10, 5};
    private static final long[] PART_SIZE = {90_000, 9_000, 800, 150};
    private static final int SEEDING_THREADS = 8;
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Autowired
    CommandGateway commands;

    @Autowired
    LineageQueries lineage;

    @Autowired
    RecallQueries recalls;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Value("${trace.recall.marking-threads:4}")
    String markingThreads;

    @Test
    void recallOfALotWithTenThousandDescendants() throws Exception {
        String loadBefore = loadAverage();
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        List<OperatorProfile> distributors = operators(supply, OperatorKind.DISTRIBUTOR, 10);
        List<OperatorProfile> supermarkets = operators(supply, OperatorKind.SUPERMARKET, 50);
        String lot = supply.formulaLot(factory, 1_000_000, "L-BENCH");

        long seedingStart = System.nanoTime();
        List<String> level = List.of(lot);
        for (int hop = 0; hop < FAN_OUT.length; hop++) {
            int fanOut = FAN_OUT[hop];
            long size = PART_SIZE[hop];
            level = parallel(level, batch -> supply.split(batch, factory, sizes(fanOut, size)))
                    .stream().flatMap(List::stream).toList();
        }
        List<String> packs = level;
        List<String> shelves = parallel(indexes(packs.size()), i -> {
            OperatorProfile distributor = distributors.get(i % distributors.size());
            OperatorProfile supermarket = supermarkets.get(i % supermarkets.size());
            supply.ship(packs.get(i), factory, distributor);
            return supply.dispatch(packs.get(i), distributor, supermarket, 100);
        });
        Duration seeding = Duration.ofNanos(System.nanoTime() - seedingStart);
        long events = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
        long caughtUpStart = System.nanoTime();
        Projections.awaitUpToDate(progress);
        Duration catchUp = Duration.ofNanos(System.nanoTime() - caughtUpStart);

        List<Duration> cte = new ArrayList<>();
        List<String> affected = null;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            affected = lineage.descendantIds(lot);
            cte.add(Duration.ofNanos(System.nanoTime() - start));
        }
        assertThat(affected).hasSize(10_001).startsWith(lot);

        long headBefore = progress.headOfStore();
        String recallId = id();
        long recallStart = System.nanoTime();
        commands.sendAndWait(new OpenRecall(recallId, lot, affected, "Melamine above 2.5 mg/kg", RecallLevel.I,
                supply.next()));
        Duration opened = Duration.ofNanos(System.nanoTime() - recallStart);
        long blocked = jdbc.sql("SELECT count(*) FROM recall.recall_block WHERE recall_id = :recallId")
                .param("recallId", recallId).query(Long.class).single();
        assertThat(blocked).as("batches blocked when the recall's opening committed").isEqualTo(10_001);

        Random random = new Random(1);
        for (int sample = 0; sample < 50; sample++) {
            int i = random.nextInt(shelves.size());
            OperatorProfile supermarket = supermarkets.get(i % supermarkets.size());
            assertThatThrownBy(() -> supply.sell(shelves.get(i), supermarket, 1))
                    .isInstanceOfSatisfying(DomainRuleViolation.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(RuleCode.BATCH_RECALLED));
        }
        long markedAfterSample = recalledEvents(headBefore);
        Duration sampled = Duration.ofNanos(System.nanoTime() - recallStart);

        Duration allRecalled = awaitRecalledEvents(headBefore, 10_001, recallStart);
        Duration progressShown = awaitProgress(recallId, recallStart);
        Duration processEnded = awaitProcessEnded(recallId, recallStart);

        report(seeding, events, catchUp, cte, opened, sampled, markedAfterSample, allRecalled, progressShown,
                processEnded, loadBefore + " at the start, " + loadAverage() + " at the end");
    }

    /** The machine's 1/5/15-minute load averages: other work on the same cores shows here. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg)
                ? String.join(" / ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3))
                : "unknown";
    }

    private long recalledEvents(long after) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalindex > :after AND payloadtype = :type")
                .param("after", after)
                .param("type", BatchRecalled.class.getName())
                .query(Long.class).single();
    }

    private Duration awaitRecalledEvents(long after, long expected, long start) throws InterruptedException {
        while (true) {
            long recalled = recalledEvents(after);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (recalled >= expected) {
                return elapsed;
            }
            assertThat(elapsed).isLessThan(LIMIT);
            Thread.sleep(20);
        }
    }

    private Duration awaitProgress(String recallId, long start) throws InterruptedException {
        while (true) {
            boolean reached = recalls.find(recallId)
                    .filter(recall -> recall.progress().total() == 10_001)
                    .filter(recall -> recall.affected().stream().allMatch(item -> item.recalledBy() != null))
                    .isPresent();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (reached) {
                return elapsed;
            }
            assertThat(elapsed).isLessThan(LIMIT);
            Thread.sleep(100);
        }
    }

    private Duration awaitProcessEnded(String recallId, long start) throws InterruptedException {
        while (true) {
            long open = jdbc.sql("SELECT count(*) FROM associationvalueentry WHERE associationvalue = :recallId")
                    .param("recallId", recallId).query(Long.class).single();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (open == 0) {
                return elapsed;
            }
            assertThat(elapsed).isLessThan(LIMIT);
            Thread.sleep(100);
        }
    }

    private void report(Duration seeding, long events, Duration catchUp, List<Duration> cte, Duration opened,
                        Duration sampled, long markedAfterSample, Duration allRecalled, Duration progressShown,
                        Duration processEnded, String load)
            throws IOException {
        List<Duration> sorted = new ArrayList<>(cte);
        Collections.sort(sorted);
        String text = """
                | what | measured | target |
                |---|---|---|
                | affected set, recursive CTE over the lineage read model (10,001 ids; first run / median of 5) | %d ms / %d ms | < 1 s |
                | from the recall command until all 10,001 batches refuse sales (recall opened, root recalled, all 10,001 blocked in the same transaction) | %d ms | < 10 s |
                | ... 50 sales on random shelves tried, each refused with BATCH_RECALLED (%,d of 10,001 aggregates marked by then) | %d ms | |
                | ... until all 10,001 batch aggregates have recorded BatchRecalled (the recall process) | %.2f s | |
                | ... until the recall-progress read model shows all 10,001 | %.2f s | |
                | ... until the recall process (saga) has ended | %.2f s | |

                Seeding: %,d events through the command gateway from %d threads in %.1f s; read models caught up %.1f s later.
                Database: %s. Machine: %d CPUs, %d MiB max heap, Java %s, %s; load average %s.
                Recall commands in flight: %s.
                """.formatted(cte.get(0).toMillis(), sorted.get(sorted.size() / 2).toMillis(), opened.toMillis(),
                markedAfterSample, sampled.toMillis(), seconds(allRecalled), seconds(progressShown),
                seconds(processEnded), events, SEEDING_THREADS,
                seconds(seeding), seconds(catchUp),
                TestPostgres.usesServer() ? "PostgreSQL server (TRACE_TEST_DB_URL)" : "embedded PostgreSQL",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getName() + " "
                        + ManagementFactory.getOperatingSystemMXBean().getArch(), load, markingThreads);
        System.out.println("\n== Recall benchmark, " + LocalDate.now() + "\n" + text);
        Path out = Path.of("target", "recall-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        assertThat(allRecalled).isLessThan(LIMIT);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static long[] sizes(int count, long size) {
        long[] sizes = new long[count];
        java.util.Arrays.fill(sizes, size);
        return sizes;
    }

    private static List<Integer> indexes(int count) {
        List<Integer> indexes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static List<OperatorProfile> operators(Supply supply, OperatorKind kind, int count) {
        List<OperatorProfile> operators = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            operators.add(supply.operator(kind, kind + " " + i, "440100"));
        }
        return operators;
    }

    private static <T, R> List<R> parallel(List<T> inputs, Function<T, R> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SEEDING_THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> work.apply(input)));
            }
            List<R> results = new ArrayList<>(futures.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
