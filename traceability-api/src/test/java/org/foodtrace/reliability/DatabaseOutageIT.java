package org.foodtrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.foodtrace.reliability.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Database outage (issue #11): the packaged jar runs on a PostgreSQL server of this test's own ({@link OwnPostgres},
 * whatever {@code TRACE_TEST_DB_URL} names), 8 clients write without pause, and the server is stopped for 10 s
 * and started again. While it is down the service must answer 503 problem+json {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After} (never a 500, never a hang), readiness DOWN; afterwards it must recover by itself, and every
 * acknowledged write must be in the event store and, after catch-up, in the read models, compared by id. Figures
 * are printed as {@code RELIABILITY outage ...} lines for docs/reliability.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);
    private static final long MAX_ANSWER_MILLIS_WHILE_DOWN = 10_000;
    private static final int CLIENTS = 8;
    private static final int SALE_STOCK = 100_000;

    private OwnPostgres postgres;
    private AppProcess app;
    private Http http;
    private String farmToken;
    private String marketId;
    private String marketToken;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(System.getProperty("trace.jar") != null, "runs under failsafe against the jar");
        assertThat(AppProcess.JAR).exists();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            postgres = OwnPostgres.fresh(tmp.resolve("outage-postgres"));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("The test's own PostgreSQL (zonky binaries) did not start. As root it needs "
                    + "user namespaces (unshare -U); run the build as a normal user otherwise.", e);
        }
        String url = postgres.createDatabase("trace_outage");
        app = new AppProcess(url, Files.createTempFile("reliability-outage-app", ".log"));
        app.start(START);
        http = new Http(app.port());
        String farmRegistration = http.registerOperator("Outage Farm", "FARM");
        farmToken = Http.JSON.readTree(farmRegistration).get("apiToken").asString();
        String marketRegistration = http.registerOperator("Outage Market", "WHOLESALE_MARKET");
        marketId = Http.JSON.readTree(marketRegistration).get("operatorId").asString();
        marketToken = Http.JSON.readTree(marketRegistration).get("apiToken").asString();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void postgres_down_for_ten_seconds_under_load_is_503_then_recovers_and_loses_nothing_acknowledged()
            throws Exception {
        String saleBatch = http.admittedVegetables(farmToken, marketId, marketToken, String.valueOf(SALE_STOCK));
        String probeBatch = http.admittedVegetables(farmToken, marketId, marketToken, "10");
        String probeCode = http.get("/api/v1/batches/" + probeBatch, AppProcess.REGULATOR_TOKEN).expect(200)
                .text("traceCode");
        Set<String> batchesBeforeLoad = registeredInStore();
        String idempotencyKey = "outage-" + System.nanoTime();
        String idempotentBody = Http.vegetables("4.25");

        WriteLoad load = new WriteLoad(http, farmToken, marketToken, saleBatch, CLIENTS);
        long loadStart = System.nanoTime();
        ProcessReliabilityIT.awaitTrue("100 acknowledged writes before the outage", () -> load.acknowledged() >= 100);

        long stopBegin = System.nanoTime();
        postgres.stop();
        long down = System.nanoTime();
        int ackedAtStop = load.acknowledged();
        Map<String, Supplier<Reply>> probes = new LinkedHashMap<>();
        probes.put("readiness", () -> http.get("/actuator/health/readiness", null));
        probes.put("health", () -> http.get("/actuator/health", null));
        probes.put("liveness", () -> http.get("/actuator/health/liveness", null));
        probes.put("read batch (regulator)", () -> http.get("/api/v1/batches/" + probeBatch,
                AppProcess.REGULATOR_TOKEN));
        probes.put("read trace (anonymous)", () -> http.get("/api/v1/trace/" + probeCode, null));
        probes.put("register operator (regulator)", () -> http.post("/api/v1/operators", AppProcess.REGULATOR_TOKEN,
                """
                {"name": "Outage Probe", "kind": "FARM", "licenseNumber": "LIC-P", "region": "441702",
                 "designatedSlaughterhouse": false}"""));
        probes.put("register batch with Idempotency-Key (operator token)", () -> http.post("/api/v1/batches",
                farmToken, idempotentBody, "Idempotency-Key", idempotencyKey));
        ProbeLoops outageProbes = new ProbeLoops(probes);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000));
        outageProbes.stop();

        long restartBegin = System.nanoTime();
        postgres.start();
        long postgresUp = System.nanoTime();
        outageProbes.close();
        long readyAt = awaitReadinessUp(postgresUp);
        ProcessReliabilityIT.awaitTrue("a write acknowledged after the restart",
                () -> load.acknowledgedAfter(postgresUp) > 0);
        long firstAckAfterRestart = load.ackedAtNanos.stream().filter(at -> at - postgresUp > 0).min(Long::compare)
                .orElseThrow();
        long ackedBeforeRestart = load.acknowledged() - load.acknowledgedAfter(postgresUp);
        ProcessReliabilityIT.awaitTrue("50 writes acknowledged after the restart",
                () -> load.acknowledgedAfter(postgresUp) >= 50);
        load.close();
        long loadEnd = System.nanoTime();

        // The write refused with 503 during the outage, sent again with its key: recorded now, exactly once.
        Reply retried = http.post("/api/v1/batches", farmToken, idempotentBody, "Idempotency-Key", idempotencyKey);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        Reply replayed = http.post("/api/v1/batches", farmToken, idempotentBody, "Idempotency-Key", idempotencyKey);
        assertThat(replayed.body()).isEqualTo(retried.body());
        assertThat(app.eventRowsOf(retried.text("batchId"))).isEqualTo(1);

        // ---- answers while the database was down
        List<Outcome> all = new ArrayList<>(load.outcomes);
        all.addAll(outageProbes.outcomes);
        List<Outcome> whileDown = all.stream().filter(o -> o.within(down, restartBegin)).toList();
        List<Outcome> apiWhileDown = whileDown.stream().filter(o -> !o.kind().contains("health")
                && !o.kind().equals("readiness") && !o.kind().equals("liveness")).toList();
        List<Outcome> healthWhileDown = whileDown.stream().filter(o -> o.kind().contains("health")
                || o.kind().equals("readiness")).toList();
        Map<String, Map<Integer, Integer>> statusesWhileDown = histogramByKind(whileDown);
        long maxMillisWhileDown = whileDown.stream().mapToLong(Outcome::millis).max().orElse(0);
        List<Outcome> overlapping = all.stream()
                .filter(o -> o.overlaps(stopBegin, postgresUp) && !o.within(down, restartBegin)).toList();
        List<Outcome> notAnOutageAnswer = all.stream()
                .filter(o -> !o.reply().is2xx() && !o.isDatabaseUnavailableProblem()
                        && !(o.kind().contains("health") || o.kind().equals("readiness")))
                .toList();
        System.out.println("RELIABILITY outage statuses-while-down " + statusesWhileDown
                + " max-answer-ms=" + maxMillisWhileDown + " answered-across-stop-or-start="
                + histogramByKind(overlapping));
        notAnOutageAnswer.forEach(o -> System.out.println("RELIABILITY outage unexpected-answer " + o));

        assertThat(apiWhileDown).as("API requests while down").isNotEmpty();
        assertThat(apiWhileDown).allSatisfy(o -> assertThat(o.isDatabaseUnavailableProblem())
                .as("503 problem+json DATABASE_UNAVAILABLE with Retry-After: %s", o).isTrue());
        assertThat(healthWhileDown).as("health polled while down").isNotEmpty();
        assertThat(healthWhileDown).allSatisfy(o -> {
            assertThat(o.reply().status()).as(o.toString()).isEqualTo(503);
            assertThat(o.reply().body()).as(o.toString()).contains("\"DOWN\"");
        });
        List<Outcome> livenessWhileDown = whileDown.stream().filter(o -> o.kind().equals("liveness")).toList();
        assertThat(livenessWhileDown).as("liveness polled while down").isNotEmpty();
        assertThat(livenessWhileDown).as("liveness stays UP: no restart wanted").allSatisfy(o ->
                assertThat(o.reply().status()).as(o.toString()).isEqualTo(200));
        assertThat(maxMillisWhileDown).as("no request hangs while the database is down")
                .isLessThan(MAX_ANSWER_MILLIS_WHILE_DOWN);
        assertThat(notAnOutageAnswer).as("every failed write or read, at any time, is a 503 outage answer")
                .isEmpty();
        assertThat(all).noneMatch(o -> o.reply().status() < 0 || o.reply().status() == 500);

        // ---- nothing acknowledged is lost: event store, by id
        Set<String> storedBatches = registeredInStore();
        Set<String> storedSales = app.queryStrings("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'saleId' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%BatchSold'", saleBatch);
        Set<String> missingBatches = minus(load.ackedBatches.keySet(), storedBatches);
        Set<String> missingSales = minus(new TreeSet<>(load.ackedSales), storedSales);
        assertThat(load.ackedSales).doesNotHaveDuplicates();
        assertThat(missingBatches).as("acknowledged registrations missing from the event store").isEmpty();
        assertThat(missingSales).as("acknowledged sales missing from the event store").isEmpty();

        // ---- the read models catch up by themselves, to exactly the store
        long catchUpStart = System.nanoTime();
        ProcessReliabilityIT.awaitTrue("batch view, trace view, lineage and recall sales equal the store", () ->
                app.queryStrings("SELECT batch_id FROM batch_view").equals(storedBatches)
                        && app.queryStrings("SELECT batch_id FROM trace_batch").equals(storedBatches)
                        && app.queryStrings("SELECT batch_id FROM lineage_node").equals(storedBatches)
                        && app.queryStrings("SELECT sale_id FROM recall.sale WHERE batch_id = ?", saleBatch)
                        .equals(storedSales)
                        && app.queryLong("SELECT count(*) FROM batch_view_event WHERE batch_id = ?", saleBatch)
                        == app.eventRowsOf(saleBatch));
        long catchUpMillis = (System.nanoTime() - catchUpStart) / 1_000_000;
        BigDecimal available = http.get("/api/v1/batches/" + saleBatch, marketToken).expect(200).json()
                .at("/quantity/available/amount").decimalValue();
        assertThat(available).isEqualByComparingTo(BigDecimal.valueOf(SALE_STOCK - storedSales.size()));
        List<String> unreadable = new ArrayList<>();
        load.ackedBatches.forEach((batchId, traceCode) -> {
            if (http.get("/api/v1/batches/" + batchId, farmToken).status() != 200) {
                unreadable.add("batch " + batchId);
            }
            if (http.get("/api/v1/trace/" + traceCode, null).status() != 200) {
                unreadable.add("trace " + traceCode);
            }
        });
        assertThat(unreadable).as("acknowledged batches not readable over HTTP after catch-up").isEmpty();
        assertThat(app.queryLong("SELECT count(*) FROM deadletterentry")).as("dead letters").isZero();
        assertThat(app.queryLong("SELECT count(*) FROM tokenentry WHERE owner IS NULL"))
                .as("segments nobody claims (a stopped processor)").isZero();

        Set<String> newBatches = minus(storedBatches, batchesBeforeLoad);
        newBatches.remove(retried.text("batchId"));
        System.out.printf("RELIABILITY outage clients=%d load=%dms acked-before-stop=%d stop=%dms down=%dms "
                        + "start=%dms readiness-up-after-start=%dms first-ack-after-start=%dms%n",
                CLIENTS, (loadEnd - loadStart) / 1_000_000, ackedAtStop, (down - stopBegin) / 1_000_000,
                (restartBegin - down) / 1_000_000, (postgresUp - restartBegin) / 1_000_000,
                (readyAt - postgresUp) / 1_000_000, (firstAckAfterRestart - postgresUp) / 1_000_000);
        System.out.printf("RELIABILITY outage acked-batches=%d acked-sales=%d (before restart %d, after %d) "
                        + "in-store: batches=%d sales=%d committed-but-unacknowledged: batches=%d sales=%d "
                        + "missing=%d read-models-equal-store-after=%dms dead-letters=0%n",
                load.ackedBatches.size(), load.ackedSales.size(), ackedBeforeRestart,
                load.acknowledgedAfter(postgresUp), newBatches.size(), storedSales.size(),
                newBatches.size() - load.ackedBatches.size(), storedSales.size() - load.ackedSales.size(),
                missingBatches.size() + missingSales.size(), catchUpMillis);
    }

    private Set<String> registeredInStore() {
        return app.queryStrings("SELECT aggregateidentifier FROM domainevententry "
                + "WHERE payloadtype LIKE '%BatchRegistered'");
    }

    /** Polls readiness until UP; the instant it first answered UP. */
    private long awaitReadinessUp(long from) throws InterruptedException {
        long deadline = from + RECOVERY_LIMIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Reply readiness = http.get("/actuator/health/readiness", null);
            if (readiness.status() == 200 && readiness.body().contains("\"UP\"")) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("readiness not UP within " + RECOVERY_LIMIT + " of the database restart; log:\n"
                + app.logText());
    }

    private static Map<String, Map<Integer, Integer>> histogramByKind(List<Outcome> outcomes) {
        Map<String, Map<Integer, Integer>> histogram = new TreeMap<>();
        outcomes.forEach(o -> histogram.computeIfAbsent(o.kind(), k -> new TreeMap<>())
                .merge(o.reply().status(), 1, Integer::sum));
        return histogram;
    }

    private static Set<String> minus(Set<String> from, Set<String> taken) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(taken);
        return rest;
    }
}
