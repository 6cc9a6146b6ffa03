package org.foodtrace.api.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.api.security.ApiTokenStore;
import org.foodtrace.api.security.ApiTokens;
import org.foodtrace.api.support.ExcludeOtherModulesTestApplications;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.recall.Supply;
import org.foodtrace.projections.testing.Fixtures;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recalls over HTTP: the regulator opens a recall by trace code or batch id and follows it; operators read their
 * inbox, are refused sales and dispose of what they hold; refusals are problem+json. The supply chain before the
 * recall is made through the command gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trace.regulator-token=" + RecallApiTest.REGULATOR)
@ContextConfiguration(initializers = FreshDatabase.class)
@TypeExcludeFilters(ExcludeOtherModulesTestApplications.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecallApiTest {

    static final String REGULATOR = "recall-api-regulator-token";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApiTokenStore tokens;

    @Autowired
    BatchViewQueries batches;

    @Autowired
    ProjectionProgress progress;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    Supply supply;
    OperatorProfile factory;
    OperatorProfile supermarket;
    OperatorProfile stranger;
    String factoryToken;
    String supermarketToken;
    String strangerToken;

    @BeforeAll
    void operatorsWithTokens() {
        supply = new Supply(commands);
        factory = supply.operator(OperatorKind.MANUFACTURER, "Feihe Dairy Qiqihar", "230200");
        supermarket = supply.operator(OperatorKind.SUPERMARKET, "Walmart Tianhe", "440106");
        stranger = supply.operator(OperatorKind.SUPERMARKET, "Another supermarket", "440106");
        factoryToken = tokenFor(factory);
        supermarketToken = tokenFor(supermarket);
        strangerToken = tokenFor(stranger);
    }

    @Test
    void theRegulatorRecallsALotByTraceCodeAndEveryDescendantRefusesSales() throws Exception {
        Chain chain = chain("L-HTTP-1");

        HttpResponse<String> opened = post("/api/v1/recalls", REGULATOR, Map.of("traceCode", chain.lotCode(),
                "reason", "Melamine above 2.5 mg/kg", "level", "I"), null);

        assertThat(opened.statusCode()).isEqualTo(201);
        JsonNode answer = json.readTree(opened.body());
        assertThat(answer.get("affectedBatches").asInt()).isEqualTo(3);
        String recallId = answer.get("recallId").asString();
        await().atMost(Projections.PATIENCE).untilAsserted(() -> {
            HttpResponse<String> sale = post("/api/v1/batches/" + chain.shelf() + "/sales", supermarketToken,
                    Map.of("quantity", Map.of("amount", 1, "unit", "unit")), null);
            assertThat(sale.statusCode()).isEqualTo(422);
            assertThat(json.readTree(sale.body()).get("code").asString()).isEqualTo("BATCH_RECALLED");
        });
        JsonNode recall = awaitReached(recallId, 3);
        assertThat(recall.get("status").asString()).isEqualTo("OPEN");
        assertThat(recall.get("rootBatchId").asString()).isEqualTo(chain.lot());
        assertThat(recall.get("level").asString()).isEqualTo("I");
        assertThat(recall.get("progress").get("total").asInt()).isEqualTo(3);
        JsonNode shelf = item(recall, chain.shelf());
        assertThat(shelf.get("holderOperatorId").asString()).isEqualTo(supermarket.operatorId());
        assertThat(shelf.get("state").asString()).isEqualTo("PENDING");
        assertThat(shelf.get("available").get("amount").asInt()).isEqualTo(80);
        assertThat(shelf.get("available").get("unit").asString()).isEqualTo("unit");
        assertThat(shelf.get("soldBeforeRecall").get("amount").asInt()).isEqualTo(20);
        JsonNode sale = shelf.get("soldBeforeRecall").get("sales").get(0);
        assertThat(sale.get("operatorName").asString()).isEqualTo("Walmart Tianhe");
        assertThat(sale.get("region").asString()).isEqualTo("440106");
        assertThat(opened.body() + recall.toString()).doesNotContain("13800138000");
    }

    @Test
    void aRecallByBatchIdOfABatchAlreadyRecalledIsRefusedWithAlreadyRecalled() throws Exception {
        Chain chain = chain("L-HTTP-2");
        Map<String, String> body = Map.of("batchId", chain.pallet(), "reason", "Label error", "level", "III");
        assertThat(post("/api/v1/recalls", REGULATOR, body, null).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post("/api/v1/recalls", REGULATOR, Map.of("batchId", chain.pallet(),
                "reason", "Label error, again", "level", "II"), null);

        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(again.body()).get("code").asString()).isEqualTo("ALREADY_RECALLED");
    }

    @Test
    void aRecallOfAnUnknownBatchOrTraceCodeIs404() throws Exception {
        HttpResponse<String> unknownId = post("/api/v1/recalls", REGULATOR,
                Map.of("batchId", Fixtures.id(), "reason", "x", "level", "I"), null);
        HttpResponse<String> unknownCode = post("/api/v1/recalls", REGULATOR,
                Map.of("traceCode", Fixtures.traceCode(), "reason", "x", "level", "I"), null);
        String code = Fixtures.traceCode();
        HttpResponse<String> badCheck = post("/api/v1/recalls", REGULATOR, Map.of("traceCode",
                code.substring(0, 15) + (code.charAt(15) == '0' ? '1' : '0'), "reason", "x", "level", "I"), null);

        assertThat(List.of(unknownId, unknownCode, badCheck)).extracting(HttpResponse::statusCode)
                .containsOnly(404);
        assertThat(json.readTree(unknownCode.body()).get("code").asString()).isEqualTo("UNKNOWN_TRACE_CODE");
        assertThat(json.readTree(badCheck.body()).get("code").asString()).isEqualTo("CHECK_CHARACTER_MISMATCH");
    }

    @Test
    void aRecallNamingNoBatchOrTwoOrWithoutLevelIsMalformed() throws Exception {
        Chain chain = chain("L-HTTP-3");

        List<HttpResponse<String>> answers = List.of(
                post("/api/v1/recalls", REGULATOR, Map.of("reason", "x", "level", "I"), null),
                post("/api/v1/recalls", REGULATOR, Map.of("batchId", chain.lot(), "traceCode", chain.lotCode(),
                        "reason", "x", "level", "I"), null),
                post("/api/v1/recalls", REGULATOR, Map.of("batchId", chain.lot(), "reason", "x", "level", "IV"),
                        null),
                post("/api/v1/recalls", REGULATOR, Map.of("batchId", chain.lot(), "reason", " ", "level", "I"),
                        null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(json.readTree(answer.body()).get("violations")).isNotEmpty();
        });
        assertThat(batches.find(chain.lot()).orElseThrow().status()).isNotEqualTo(BatchStatus.RECALLED);
    }

    @Test
    void onlyTheRegulatorOpensRecalls() throws Exception {
        Chain chain = chain("L-HTTP-4");

        HttpResponse<String> byOperator = post("/api/v1/recalls", supermarketToken, Map.of("batchId", chain.lot(),
                "reason", "x", "level", "I"), null);

        assertThat(byOperator.statusCode()).isEqualTo(403);
        assertThat(json.readTree(byOperator.body()).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(get("/api/v1/recalls/" + Fixtures.id(), supermarketToken).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/recalls/" + Fixtures.id(), REGULATOR).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/recalls", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anOperatorsInboxHoldsTheRecallsThatReachedItsBatchesWithItsBatchesOnly() throws Exception {
        Chain chain = chain("L-HTTP-5");
        String recallId = json.readTree(post("/api/v1/recalls", REGULATOR, Map.of("batchId", chain.lot(),
                "reason", "Melamine", "level", "I"), null).body()).get("recallId").asString();
        awaitReached(recallId, 3);

        JsonNode inbox = json.readTree(get("/api/v1/recalls?holder=me", supermarketToken).body()).get("recalls");
        JsonNode mine = entry(inbox, recallId);
        assertThat(mine.get("affected")).singleElement()
                .satisfies(item -> assertThat(item.get("batchId").asString()).isEqualTo(chain.shelf()));
        assertThat(mine.get("holderProgress").get("total").asInt()).isOne();
        assertThat(mine.get("progress").get("total").asInt()).isEqualTo(3);
        JsonNode strangers = json.readTree(get("/api/v1/recalls?holder=me", strangerToken).body()).get("recalls");
        assertThat(strangers.valueStream().map(recall -> recall.get("recallId").asString())).doesNotContain(recallId);
        assertThat(get("/api/v1/recalls?holder=" + supermarket.operatorId(), strangerToken).statusCode())
                .isEqualTo(403);
        JsonNode asRegulator = json.readTree(get("/api/v1/recalls?holder=" + supermarket.operatorId(), REGULATOR)
                .body()).get("recalls");
        assertThat(entry(asRegulator, recallId).get("affected")).hasSize(1);
        JsonNode asHolder = json.readTree(get("/api/v1/recalls/" + recallId, supermarketToken).body());
        assertThat(asHolder.get("affected")).singleElement()
                .satisfies(item -> assertThat(item.get("batchId").asString()).isEqualTo(chain.shelf()));
        assertThat(get("/api/v1/recalls/" + recallId, strangerToken).statusCode())
                .as("a recall that reached none of its batches does not exist for an operator").isEqualTo(404);
    }

    @Test
    void theRegulatorListsRecallsByStatusAndTheyCompleteOnceEverythingIsDisposedOf() throws Exception {
        Chain chain = chain("L-HTTP-6");
        String recallId = json.readTree(post("/api/v1/recalls", REGULATOR, Map.of("traceCode", chain.lotCode(),
                "reason", "Melamine", "level", "II"), null).body()).get("recallId").asString();
        awaitReached(recallId, 3);
        assertThat(ids(get("/api/v1/recalls?status=OPEN", REGULATOR))).contains(recallId);

        assertThat(List.of(dispose(chain.lot(), factoryToken, 300), dispose(chain.pallet(), factoryToken, 100),
                dispose(chain.shelf(), supermarketToken, 80))).extracting(HttpResponse::statusCode).containsOnly(201);

        await().atMost(Projections.PATIENCE).until(() -> ids(get("/api/v1/recalls?status=COMPLETED", REGULATOR))
                .contains(recallId));
        JsonNode recall = json.readTree(get("/api/v1/recalls/" + recallId, REGULATOR).body());
        assertThat(recall.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(recall.get("progress").get("resolved").asInt()).isEqualTo(3);
        assertThat(ids(get("/api/v1/recalls?status=OPEN", REGULATOR))).doesNotContain(recallId);
        assertThat(get("/api/v1/recalls?status=CLOSED", REGULATOR).statusCode()).isEqualTo(400);
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstRecallAgainAndOpensNoOther() throws Exception {
        Chain chain = chain("L-HTTP-7");
        Map<String, String> body = Map.of("batchId", chain.lot(), "reason", "Melamine", "level", "I");

        HttpResponse<String> first = post("/api/v1/recalls", REGULATOR, body, "recall-key-7");
        HttpResponse<String> replay = post("/api/v1/recalls", REGULATOR, body, "recall-key-7");
        HttpResponse<String> otherBody = post("/api/v1/recalls", REGULATOR, Map.of("batchId", chain.lot(),
                "reason", "Something else", "level", "I"), "recall-key-7");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(otherBody.statusCode()).isEqualTo(409);
        String recallId = json.readTree(first.body()).get("recallId").asString();
        awaitReached(recallId, 3);
        assertThat(ids(get("/api/v1/recalls", REGULATOR)).stream().filter(id -> id.equals(recallId))).hasSize(1);
    }

    @Test
    void theRegulatorSetsAnOperatorsWebhookAndItsSecretIsShownOnce() throws Exception {
        HttpResponse<String> set = put("/api/v1/operators/" + supermarket.operatorId() + "/webhook", REGULATOR,
                Map.of("url", "https://hooks.example.com/recalls"));

        assertThat(set.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(set.body());
        assertThat(answer.get("secret").asString()).hasSize(64);
        assertThat(answer.get("url").asString()).isEqualTo("https://hooks.example.com/recalls");
        HttpResponse<String> read = get("/api/v1/operators/" + supermarket.operatorId() + "/webhook", REGULATOR);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("https://hooks.example.com/recalls").doesNotContain("secret");
        assertThat(put("/api/v1/operators/" + supermarket.operatorId() + "/webhook", supermarketToken,
                Map.of("url", "https://hooks.example.com/other")).statusCode()).isEqualTo(403);
        assertThat(put("/api/v1/operators/" + supermarket.operatorId() + "/webhook", REGULATOR,
                Map.of("url", "ftp://hooks.example.com/")).statusCode()).isEqualTo(400);
        assertThat(put("/api/v1/operators/" + Fixtures.id() + "/webhook", REGULATOR,
                Map.of("url", "https://hooks.example.com/")).statusCode()).isEqualTo(404);
        assertThat(delete("/api/v1/operators/" + supermarket.operatorId() + "/webhook").statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/operators/" + supermarket.operatorId() + "/webhook", REGULATOR).statusCode())
                .isEqualTo(404);
    }

    /** A factory lot of 500 units: a pallet of 200 goes to the supermarket, which sells 20 of it. */
    private Chain chain(String lotNumber) {
        String lot = supply.formulaLot(factory, 500, lotNumber);
        String pallet = supply.split(lot, factory, 200).get(0);
        String shelf = supply.split(pallet, factory, 100).get(0);
        supply.ship(shelf, factory, supermarket);
        supply.sell(shelf, supermarket, 20);
        Projections.awaitUpToDate(progress);
        return new Chain(lot, batches.find(lot).orElseThrow().traceCode(), pallet, shelf);
    }

    private JsonNode awaitReached(String recallId, int batches) {
        return await().atMost(Projections.PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpResponse<String> answer = get("/api/v1/recalls/" + recallId, REGULATOR);
            return answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
        }, recall -> recall != null && recall.get("affected").size() == batches && recall.get("affected")
                .valueStream().allMatch(item -> item.hasNonNull("holderOperatorId")));
    }

    private static JsonNode item(JsonNode recall, String batchId) {
        return recall.get("affected").valueStream().filter(item -> item.get("batchId").asString().equals(batchId))
                .findFirst().orElseThrow();
    }

    private static JsonNode entry(JsonNode recalls, String recallId) {
        return recalls.valueStream().filter(recall -> recall.get("recallId").asString().equals(recallId))
                .findFirst().orElseThrow();
    }

    private List<String> ids(HttpResponse<String> list) {
        assertThat(list.statusCode()).isEqualTo(200);
        return json.readTree(list.body()).get("recalls").valueStream()
                .map(recall -> recall.get("recallId").asString()).toList();
    }

    private String tokenFor(OperatorProfile operator) {
        String token = ApiTokens.generate(new SecureRandom());
        tokens.store(operator.operatorId(), ApiTokens.hash(token), Instant.now());
        return token;
    }

    private HttpResponse<String> dispose(String batchId, String token, long units) throws Exception {
        return post("/api/v1/batches/" + batchId + "/disposal", token, Map.of("quantity",
                Map.of("amount", units, "unit", "unit"), "method", "incineration", "witness", "Inspector Li"), null);
    }

    private HttpResponse<String> post(String path, String token, Map<String, ?> body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String token, Map<String, ?> body) throws Exception {
        return http.send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return http.send(request(path, REGULATOR).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private record Chain(String lot, String lotCode, String pallet, String shelf) {
    }
}
