package org.foodtrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.foodtrace.reliability.Http.Reply;
import org.foodtrace.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Reliability of the packaged jar, run as a separate process on a fresh PostgreSQL database (the embedded test
 * server, or {@code TRACE_TEST_DB_URL}'s). One process serves every test in order (the machine is shared); the
 * crash test runs last because it kills it. Figures are printed as {@code RELIABILITY ...} lines for
 * docs/reliability.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessReliabilityIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration CONVERGE = Duration.ofMinutes(2);

    private AppProcess app;
    private Http http;
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private String farmId;
    private String farmToken;
    private String marketId;
    private String marketToken;

    @BeforeAll
    void start() throws Exception {
        // -Dtest='org.foodtrace.reliability.**' also hands this class to surefire, before the jar exists: only
        // failsafe (which sets trace.jar) runs it.
        Assumptions.assumeTrue(System.getProperty("trace.jar") != null, "runs under failsafe against the jar");
        assertThat(AppProcess.JAR).exists();
        Path log = Files.createTempFile("reliability-app", ".log");
        app = new AppProcess(TestPostgres.freshDatabaseUrl(), log);
        app.start(START);
        http = new Http(app.port());
        farmId = id(http.registerOperator("Rel Farm", "FARM"));
        farmToken = token(farmId);
        marketId = id(http.registerOperator("Rel Market", "WHOLESALE_MARKET"));
        marketToken = token(marketId);
    }

    private String lastRegistration;

    private String id(String registrationBody) {
        lastRegistration = registrationBody;
        return Http.JSON.readTree(registrationBody).get("operatorId").asString();
    }

    private String token(String operatorId) {
        String token = Http.JSON.readTree(lastRegistration).get("apiToken").asString();
        issuedTokens.add(token);
        return token;
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    // ---------------------------------------------------------------- 2. races

    @Test
    @Order(1)
    void fifty_concurrent_sales_of_one_unit_on_twenty_never_oversell() throws Exception {
        String batchId = http.admittedVegetables(farmToken, marketId, marketToken, "20");
        long before = app.eventRowsOf(batchId, "BatchSold");
        List<Reply> replies = concurrently(50, i -> http.post("/api/v1/batches/" + batchId + "/sales", marketToken,
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}}"));
        Map<Integer, Integer> statuses = histogram(replies);
        System.out.println("RELIABILITY races.sales statuses=" + statuses);
        assertThat(statuses.getOrDefault(201, 0)).as("%s", replies).isEqualTo(20);
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409, 422));
        assertThat(app.eventRowsOf(batchId, "BatchSold") - before).isEqualTo(20);
        awaitTrue("batch view shows 0 available", () -> available(batchId).compareTo(BigDecimal.ZERO) == 0);
        Reply view = http.get("/api/v1/batches/" + batchId, marketToken).expect(200);
        BigDecimal registered = view.json().at("/quantity/registered/amount").decimalValue();
        assertThat(registered).isEqualByComparingTo("20");
        // mass balance: sold (in the store) + available = registered
        assertThat(BigDecimal.valueOf(app.eventRowsOf(batchId, "BatchSold")).add(available(batchId)))
                .isEqualByComparingTo(registered);
    }

    @Test
    @Order(2)
    void concurrent_dispatch_and_recall_end_consistent() throws Exception {
        String otherId = id(http.registerOperator("Rel Retail", "RETAIL_MARKET"));
        token(otherId);
        int dispatched = 0;
        int refused = 0;
        for (int round = 0; round < 5; round++) {
            String batchId = http.admittedVegetables(farmToken, marketId, marketToken, "10");
            List<Reply> both = concurrently(2, i -> i == 0
                    ? http.post("/api/v1/batches/" + batchId + "/dispatch", marketToken,
                    "{\"destinationOperatorId\": \"" + otherId + "\", \"quantity\": {\"amount\": 4, \"unit\": \"kg\"}}")
                    : http.post("/api/v1/recalls", AppProcess.REGULATOR_TOKEN,
                    "{\"batchId\": \"" + batchId + "\", \"reason\": \"race\", \"level\": \"I\"}"));
            Reply dispatch = both.get(0);
            Reply recall = both.get(1);
            assertThat(recall.status()).as(recall.toString()).isEqualTo(201);
            if (dispatch.status() == 201) {
                dispatched++;
                String child = dispatch.text("batchId");
                awaitTrue("child " + child + " recalled too", () -> {
                    Reply view = http.get("/api/v1/batches/" + child, AppProcess.REGULATOR_TOKEN);
                    return view.status() == 200 && "RECALLED".equals(view.text("status"));
                });
                assertThat(app.eventRowsOf(child, "BatchRecalled")).as("child recalled in the store").isEqualTo(1);
            } else {
                refused++;
                assertThat(dispatch.status()).as(dispatch.toString()).isEqualTo(422);
                assertThat(dispatch.text("code")).isEqualTo("BATCH_RECALLED");
            }
        }
        System.out.println("RELIABILITY races.dispatch-recall rounds=5 dispatched-then-recalled=" + dispatched
                + " dispatch-refused=" + refused);
    }

    // ---------------------------------------------------------------- 3. duplicates

    @Test
    @Order(3)
    void the_same_idempotency_key_twenty_times_concurrently_records_one_event() throws Exception {
        String key = "rel-dup-" + System.nanoTime();
        String body = Http.vegetables("7");
        List<Reply> replies = concurrently(20, i -> http.post("/api/v1/batches", farmToken, body,
                "Idempotency-Key", key));
        Map<Integer, Integer> statuses = histogram(replies);
        System.out.println("RELIABILITY duplicates statuses=" + statuses);
        List<Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).isNotEmpty();
        // 409 only for a request that found the key in flight (CommandRunner: "in use by a request that did not
        // finish"), as the API allows; every completed answer is the first one verbatim.
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(created.stream().map(Reply::body).distinct()).hasSize(1);
        String batchId = created.get(0).text("batchId");
        assertThat(app.eventRowsOf(batchId)).isEqualTo(1);
        assertThat(app.queryLong("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%BatchRegistered' "
                + "AND position('\"amount\":7' in replace(convert_from(payload, 'UTF8'), ' ', '')) > 0"))
                .as("one registration of 7 kg in the whole store").isEqualTo(1);
    }

    // ---------------------------------------------------------------- 4. hostile input

    @Test
    @Order(4)
    void hostile_input_is_refused_with_problem_json_and_stores_nothing() throws Exception {
        String batchId = http.admittedVegetables(farmToken, marketId, marketToken, "50");
        HostileCorpus corpus = HostileCorpus.load(batchId, farmId);
        Map<String, String> knownGaps = HostileCorpus.knownGaps();
        List<HostileCorpus.Entry> strict = corpus.refused().stream()
                .filter(e -> !knownGaps.containsKey(e.name())).toList();
        List<HostileCorpus.Entry> gaps = corpus.refused().stream()
                .filter(e -> knownGaps.containsKey(e.name())).toList();
        List<String> failures = new ArrayList<>();
        List<String> fiveXx = new ArrayList<>();
        long before = app.eventRows();
        for (HostileCorpus.Entry entry : strict) {
            Reply reply = sendHostile(entry);
            if (reply.status() >= 500 || reply.status() < 0) {
                fiveXx.add(entry.name() + " -> " + reply);
            }
            // The consumer page /t/{code} is HTML for people: its 404 is an HTML page (API.md: "an HTML page").
            boolean htmlPage = entry.path().startsWith("/t/") && reply.contentType().startsWith("text/html");
            if (reply.status() < 400 || reply.status() >= 500
                    || !(htmlPage || reply.contentType().startsWith("application/problem+json"))) {
                failures.add(entry.name() + " -> " + reply);
            }
        }
        long after = app.eventRows();
        List<String> gapsNowFixed = new ArrayList<>();
        for (HostileCorpus.Entry entry : gaps) {
            Reply reply = sendHostile(entry);
            if (reply.status() >= 500 || reply.status() < 0) {
                fiveXx.add(entry.name() + " -> " + reply);
            }
            if (reply.status() >= 400 && reply.status() < 500
                    && reply.contentType().startsWith("application/problem+json")) {
                gapsNowFixed.add(entry.name());
            }
        }
        System.out.println("RELIABILITY hostile corpus=" + corpus.refused().size() + " strict=" + strict.size()
                + " knownGaps=" + gaps.size() + " fiveXx=" + fiveXx.size() + " failures=" + failures.size()
                + " eventRowsDeltaOfStrict=" + (after - before));
        failures.forEach(f -> System.out.println("RELIABILITY hostile-failure " + f));
        assertThat(corpus.refused()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(fiveXx).as("no 5xx for bad input").isEmpty();
        assertThat(failures).as("every malformed request 4xx problem+json").isEmpty();
        assertThat(after).as("refused requests stored nothing").isEqualTo(before);
        assertThat(gapsNowFixed).as("known gap now passes: delete it from known-gaps.txt").isEmpty();

        // Script and SQL text in otherwise valid requests: stored verbatim, escaped on output.
        int stored = 0;
        for (String text : HostileCorpus.ACCEPTED_TEXTS) {
            Reply reply = http.post("/api/v1/batches", farmToken, """
                    {"category": "VEGETABLE", "product": %s, "quantity": {"amount": 1, "unit": "kg"},
                     "originRegion": "441702", "producedOn": "%s"}""".formatted(
                    Http.JSON.writeValueAsString(text), Http.TODAY.minusDays(1)));
            assertThat(reply.status()).as(text + " " + reply).isIn(201, 400);
            if (reply.status() == 400) {
                assertThat(reply.contentType()).startsWith("application/problem+json");
                continue;
            }
            stored++;
            String code = reply.text("traceCode");
            String id = reply.text("batchId");
            awaitTrue("batch view of " + id, () -> http.get("/api/v1/batches/" + id, farmToken).status() == 200);
            assertThat(http.get("/api/v1/batches/" + id, farmToken).text("product")).isEqualTo(text);
            awaitTrue("trace page of " + code, () -> http.get("/t/" + code, null).status() == 200);
            String html = http.get("/t/" + code, null).body();
            if (text.contains("<")) {
                assertThat(html).as("escaped on the page").doesNotContain(text);
            }
        }
        System.out.println("RELIABILITY hostile accepted-texts=" + HostileCorpus.ACCEPTED_TEXTS.size()
                + " stored=" + stored);
    }

    // ---------------------------------------------------------------- 5. access, token leaks

    @Test
    @Order(5)
    void suspended_operator_and_strangers_are_refused_and_tokens_never_leak() throws Exception {
        String batchId = http.admittedVegetables(farmToken, marketId, marketToken, "5");
        String strangerId = id(http.registerOperator("Rel Stranger", "SUPERMARKET"));
        String strangerToken = token(strangerId);
        String suspendedId = id(http.registerOperator("Rel Suspended", "WHOLESALE_MARKET"));
        String suspendedToken = token(suspendedId);
        String suspendedBatch = http.admittedVegetables(farmToken, suspendedId, suspendedToken, "5");
        http.post("/api/v1/operators/" + suspendedId + "/suspension", AppProcess.REGULATOR_TOKEN,
                "{\"reason\": \"test\"}").expect(200);

        String sale = "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}}";
        Map<String, Reply> matrix = new TreeMap<>();
        matrix.put("sale anonymous", http.post("/api/v1/batches/" + batchId + "/sales", null, sale));
        matrix.put("sale stranger", http.post("/api/v1/batches/" + batchId + "/sales", strangerToken, sale));
        matrix.put("sale holder", http.post("/api/v1/batches/" + batchId + "/sales", marketToken, sale));
        matrix.put("sale suspended holder", http.post("/api/v1/batches/" + suspendedBatch + "/sales",
                suspendedToken, sale));
        matrix.put("sale regulator", http.post("/api/v1/batches/" + batchId + "/sales", AppProcess.REGULATOR_TOKEN,
                sale));
        matrix.put("read anonymous", http.get("/api/v1/batches/" + batchId, null));
        matrix.put("read stranger", http.get("/api/v1/batches/" + batchId, strangerToken));
        matrix.put("read holder", http.get("/api/v1/batches/" + batchId, marketToken));
        matrix.put("read regulator", http.get("/api/v1/batches/" + batchId, AppProcess.REGULATOR_TOKEN));
        matrix.put("register operator by operator", http.post("/api/v1/operators", marketToken,
                "{\"name\": \"x\", \"kind\": \"FARM\", \"licenseNumber\": \"x\", \"region\": \"441702\"}"));
        matrix.put("recall by operator", http.post("/api/v1/recalls", marketToken,
                "{\"batchId\": \"" + batchId + "\", \"reason\": \"x\", \"level\": \"I\"}"));
        matrix.put("export by operator", http.get("/api/v1/exports/epcis?batchId=" + batchId, marketToken));
        matrix.put("export by regulator", http.get("/api/v1/exports/epcis?batchId=" + batchId,
                AppProcess.REGULATOR_TOKEN));
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("sale anonymous", 401), Map.entry("sale stranger", 403), Map.entry("sale holder", 201),
                Map.entry("sale suspended holder", 403), Map.entry("sale regulator", 403),
                Map.entry("read anonymous", 401), Map.entry("read stranger", 404), Map.entry("read holder", 200),
                Map.entry("read regulator", 200), Map.entry("register operator by operator", 403),
                Map.entry("recall by operator", 403), Map.entry("export by operator", 403),
                Map.entry("export by regulator", 200));
        Map<String, String> actual = new TreeMap<>();
        matrix.forEach((k, v) -> actual.put(k, v.status() + (v.is2xx() ? "" : " " + safeCode(v))));
        System.out.println("RELIABILITY access " + actual);
        matrix.forEach((name, reply) -> assertThat(reply.status()).as(name + ": " + reply)
                .isEqualTo(expected.get(name)));
        assertThat(safeCode(matrix.get("sale suspended holder"))).isEqualTo("OPERATOR_SUSPENDED");
        assertThat(safeCode(matrix.get("sale stranger"))).isEqualTo("NOT_HOLDER");

        // Tokens appear in no later response and in no log line.
        List<String> bodies = new ArrayList<>();
        matrix.values().forEach(r -> bodies.add(r.body()));
        bodies.add(http.get("/api/v1/operators/" + marketId, AppProcess.REGULATOR_TOKEN).body());
        bodies.add(http.get("/api/v1/operators/" + suspendedId, AppProcess.REGULATOR_TOKEN).body());
        bodies.add(http.get("/api/v1/operators", AppProcess.REGULATOR_TOKEN).body());
        String log = app.logText();
        List<String> secrets = new ArrayList<>(issuedTokens);
        secrets.add(AppProcess.REGULATOR_TOKEN);
        for (String secret : secrets) {
            assertThat(log).as("log must not contain a token").doesNotContain(secret);
            bodies.forEach(b -> assertThat(b).as("response must not contain a token").doesNotContain(secret));
        }
        System.out.println("RELIABILITY tokens checked=" + secrets.size() + " logBytes=" + log.length()
                + " responses=" + bodies.size());
    }

    private Reply sendHostile(HostileCorpus.Entry entry) {
        String token = "farm".equals(entry.as()) ? farmToken : "market".equals(entry.as()) ? marketToken
                : "regulator".equals(entry.as()) ? AppProcess.REGULATOR_TOKEN : null;
        return http.send(entry.method(), entry.path(), token, entry.body(), entry.headers());
    }

    private static String safeCode(Reply reply) {
        try {
            return reply.text("code");
        } catch (RuntimeException e) {
            return "(no json)";
        }
    }

    // ---------------------------------------------------------------- 7. two nodes on one database

    @Test
    @Order(50)
    void two_nodes_on_one_database_project_each_event_once_and_take_over_segments() throws Exception {
        Path log2 = Files.createTempFile("reliability-node2", ".log");
        List<String> batches = new ArrayList<>();
        AppProcess node1 = app;
        AppProcess node2 = new AppProcess(app.databaseUrl(), log2);
        node2.start(START);
        Http http1 = http;
        Http http2 = new Http(node2.port());
        for (int round = 0; round < 6; round++) {
            concurrently(8, i -> (i % 2 == 0 ? http1 : http2).post("/api/v1/batches", farmToken,
                    Http.vegetables("2"))).forEach(r -> batches.add(r.expect(201).text("batchId")));
        }
        long ownersWhileBoth = app.queryLong("SELECT count(DISTINCT owner) FROM tokenentry "
                + "WHERE processorname = 'batch-view' AND owner IS NOT NULL");
        // each event projected once: one batch_view row and one batch_view_event row per registration event
        awaitTrue("every batch registered via either node projected", () -> batches.stream()
                .allMatch(id -> app.queryLong("SELECT count(*) FROM batch_view WHERE batch_id = ?", id) == 1));
        for (String id : batches) {
            assertThat(app.eventRowsOf(id)).isEqualTo(1);
            assertThat(app.queryLong("SELECT count(*) FROM batch_view_event WHERE batch_id = ?", id))
                    .as("event rows of %s in the read model", id).isEqualTo(1);
        }
        // node 1 (which claimed the segments first) stops gracefully: node 2 takes them over; node 2 then serves
        // the rest of the tests (the crash test kills it).
        node1.close();
        Instant stopped = Instant.now();
        app = node2;
        http = http2;
        String owner = node2.pid() + "@%";
        awaitTrue("node 2 owns every batch-view segment", () -> app.queryLong(
                "SELECT count(*) FROM tokenentry WHERE processorname = 'batch-view' AND (owner IS NULL "
                        + "OR owner NOT LIKE ?)", owner) == 0);
        Duration takeover = Duration.between(stopped, Instant.now());
        String node1Log = node1.logText();
        String node2Log = node2.logText();
        System.out.println("RELIABILITY two-nodes batches=" + batches.size() + " projected-once=" + batches.size()
                + " owners-while-both=" + ownersWhileBoth + " segment-takeover-after-stop=" + takeover.toMillis()
                + "ms segments=" + app.queryLong("SELECT count(*) FROM tokenentry WHERE processorname = 'batch-view'"));
        for (String secret : issuedTokens) {
            assertThat(node1Log + node2Log).doesNotContain(secret);
        }
    }

    // ---------------------------------------------------------------- 1. crash

    @Test
    @Order(100)
    void kill_minus_nine_under_write_load_loses_no_acknowledged_write() throws Exception {
        String saleBatch = http.admittedVegetables(farmToken, marketId, marketToken, "100000");
        long soldBefore = app.eventRowsOf(saleBatch, "BatchSold");
        List<String> ackedBatches = new CopyOnWriteArrayList<>();
        List<String> ackedSales = new CopyOnWriteArrayList<>();
        AtomicInteger failedRequests = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(clients.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    Reply reply = n++ % 2 == thread % 2
                            ? http.post("/api/v1/batches", farmToken, Http.vegetables("3"))
                            : http.post("/api/v1/batches/" + saleBatch + "/sales", marketToken,
                            "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}}");
                    if (reply.is2xx()) {
                        if (reply.body().contains("saleId")) {
                            ackedSales.add(reply.text("saleId"));
                        } else {
                            ackedBatches.add(reply.text("batchId"));
                        }
                    } else {
                        failedRequests.incrementAndGet();
                        if (reply.status() < 0) {
                            // server gone: back off a little instead of spinning
                            try {
                                Thread.sleep(50);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                }
            }));
        }
        Instant loadStart = Instant.now();
        awaitTrue("at least 150 acknowledged writes", () -> ackedBatches.size() + ackedSales.size() >= 150);
        Instant killedAt = Instant.now();
        app.killHard();
        int ackedAtKill = ackedBatches.size() + ackedSales.size();
        // let the clients see the dead server, then stop them
        awaitTrue("clients see refused connections", () -> failedRequests.get() >= 8);
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        for (Future<?> f : futures) {
            f.get();
        }
        List<String> batches = List.copyOf(ackedBatches);
        List<String> sales = List.copyOf(ackedSales);

        // Event store, straight after the crash, before any restart.
        List<String> missing = new ArrayList<>();
        for (String id : batches) {
            if (app.eventRowsOf(id, "BatchRegistered") != 1) {
                missing.add("batch " + id);
            }
        }
        for (String saleId : sales) {
            if (app.eventRowsMentioning(saleBatch, saleId) != 1) {
                missing.add("sale " + saleId);
            }
        }
        long soldInStore = app.eventRowsOf(saleBatch, "BatchSold") - soldBefore;
        assertThat(missing).as("acknowledged writes missing from the event store").isEmpty();
        assertThat(soldInStore).isGreaterThanOrEqualTo(sales.size());

        Instant restartAt = Instant.now();
        app.start(START);
        Duration restart = Duration.between(restartAt, Instant.now());
        Instant catchUpStart = Instant.now();
        // Read models: every acknowledged batch readable with its quantity, the sale batch's available exactly
        // the registered amount minus every sale in the store (acknowledged or not).
        BigDecimal expectedAvailable = BigDecimal.valueOf(100000 - soldBefore - soldInStore);
        awaitTrue("sale batch view converged", () -> available(saleBatch).compareTo(expectedAvailable) == 0);
        List<String> notProjected = new CopyOnWriteArrayList<>(batches);
        awaitTrue("every acknowledged batch projected", () -> {
            notProjected.removeIf(id -> {
                Reply view = http.get("/api/v1/batches/" + id, farmToken);
                return view.status() == 200
                        && view.json().at("/quantity/available/amount").decimalValue().compareTo(BigDecimal.valueOf(3)) == 0;
            });
            return notProjected.isEmpty();
        });
        Duration catchUp = Duration.between(catchUpStart, Instant.now());
        assertThat(app.eventRowsOf(saleBatch, "BatchSold") - soldBefore).isEqualTo(soldInStore);
        System.out.printf("RELIABILITY crash load=%dms acked-at-kill=%d acked-batches=%d acked-sales=%d "
                        + "sales-in-store=%d (unacknowledged but committed=%d) failed-requests=%d missing=0 "
                        + "restart=%dms catch-up=%dms%n",
                Duration.between(loadStart, killedAt).toMillis(), ackedAtKill, batches.size(), sales.size(),
                soldInStore, soldInStore - sales.size(), failedRequests.get(), restart.toMillis(),
                catchUp.toMillis());
    }

    // ---------------------------------------------------------------- helpers

    private BigDecimal available(String batchId) {
        Reply view = http.get("/api/v1/batches/" + batchId, AppProcess.REGULATOR_TOKEN);
        if (view.status() != 200) {
            return BigDecimal.valueOf(-1);
        }
        return view.json().at("/quantity/available/amount").decimalValue();
    }

    private interface Call {
        Reply call(int index);
    }

    private static List<Reply> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call(index);
                }));
            }
            ready.await(1, TimeUnit.MINUTES);
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get(5, TimeUnit.MINUTES));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> histogram(List<Reply> replies) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        replies.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }

    static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(CONVERGE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    @SuppressWarnings("unused")
    private static final Map<String, String> UNUSED = new ConcurrentHashMap<>();
}
