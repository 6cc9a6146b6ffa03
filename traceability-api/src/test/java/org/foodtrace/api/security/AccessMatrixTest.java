package org.foodtrace.api.security;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For every endpoint, each kind of caller gets the documented answer: anonymous 401; the wrong operator 403
 * (FORBIDDEN, NOT_HOLDER, NOT_DESTINATION) or, for reads, 404; the regulator 403 FORBIDDEN where it may not act;
 * the right caller 2xx; a suspended operator 403 OPERATOR_SUSPENDED on every write, while its reads still answer.
 * A batch's verification is the regulator's alone: even its holder gets 403 FORBIDDEN. Refused calls run first, so the right caller still finds the batch as it was.
 */
@FullStackTest
class AccessMatrixTest {

    @LocalServerPort
    int port;

    Api api;
    Operators operators;
    Batches batches;
    SoftAssertions softly;

    @BeforeEach
    void client() {
        api = new Api(port);
        operators = new Operators(api);
        batches = new Batches(api);
        softly = new SoftAssertions();
    }

    private void expect(String label, Answer answer, int status, String code) {
        softly.assertThat(answer.status()).as(label + ": " + answer).isEqualTo(status);
        if (code != null) {
            softly.assertThat(answer.text("code")).as(label + " code: " + answer).isEqualTo(code);
        }
        if (status >= 400) {
            softly.assertThat(answer.contentType()).as(label + " type").startsWith("application/problem+json");
        }
    }

    /** Runs the request as anonymous, wrong operator and regulator (all refused), then as the right caller. */
    private void matrix(String label, Function<String, Answer> request, String wrongToken, int wrongStatus,
                        String wrongCode, int regulatorStatus, String regulatorCode, String rightToken,
                        int rightStatus) {
        expect(label + " anonymous", request.apply(null), 401, "UNAUTHENTICATED");
        if (wrongToken != null) {
            expect(label + " wrong operator", request.apply(wrongToken), wrongStatus, wrongCode);
        }
        expect(label + " regulator", request.apply(Api.REGULATOR_TOKEN), regulatorStatus, regulatorCode);
        if (rightToken != null) {
            expect(label + " right caller", request.apply(rightToken), rightStatus, null);
        }
    }

    @Test
    void operator_endpoints_are_the_regulator_s() {
        Operators.Registered someone = operators.register("Matrix Someone", "FARM", false);
        String body = """
                {"name": "Matrix Farm", "kind": "FARM", "licenseNumber": "L-9", "region": "441702"}""";

        expect("register anonymous", api.post("/api/v1/operators", null, body), 401, "UNAUTHENTICATED");
        expect("register by operator", api.post("/api/v1/operators", someone.token(), body), 403, "FORBIDDEN");
        expect("register by regulator", api.post("/api/v1/operators", Api.REGULATOR_TOKEN, body), 201, null);

        String path = "/api/v1/operators/" + someone.id();
        expect("read anonymous", api.get(path, null), 401, "UNAUTHENTICATED");
        expect("read by operator", api.get(path, someone.token()), 403, "FORBIDDEN");
        expect("read by regulator", api.get(path, Api.REGULATOR_TOKEN), 200, null);

        String reason = "{\"reason\": \"test\"}";
        expect("suspend anonymous", api.post(path + "/suspension", null, reason), 401, "UNAUTHENTICATED");
        expect("suspend by operator", api.post(path + "/suspension", someone.token(), reason), 403, "FORBIDDEN");
        expect("suspend by regulator", api.post(path + "/suspension", Api.REGULATOR_TOKEN, reason), 200, null);
        expect("reinstate anonymous", api.delete(path + "/suspension", null), 401, "UNAUTHENTICATED");
        expect("reinstate by operator", api.delete(path + "/suspension", someone.token()), 403, "FORBIDDEN");
        expect("reinstate by regulator", api.delete(path + "/suspension", Api.REGULATOR_TOKEN), 204, null);
        softly.assertAll();
    }

    @Test
    void alerts_are_the_regulator_s() {
        Operators.Registered someone = operators.register("Matrix Alert Reader", "RETAIL_MARKET", false);

        for (String path : List.of("/api/v1/alerts", "/api/v1/alerts/" + UUID.randomUUID())) {
            expect(path + " anonymous", api.get(path, null), 401, "UNAUTHENTICATED");
            expect(path + " by operator", api.get(path, someone.token()), 403, "FORBIDDEN");
        }
        expect("alerts by regulator", api.get("/api/v1/alerts", Api.REGULATOR_TOKEN), 200, null);
        softly.assertAll();
    }

    @Test
    void batch_endpoints_belong_to_the_holder() {
        Operators.Registered farm = operators.register("Matrix Farm A", "FARM", false);
        Operators.Registered market = operators.register("Matrix Market", "RETAIL_MARKET", false);
        Operators.Registered stranger = operators.register("Matrix Stranger", "SUPERMARKET", false);
        String pigsBody = """
                {"category": "VEGETABLE", "product": "Cabbage", "quantity": {"amount": 100, "unit": "kg"},
                 "originRegion": "441702", "producedOn": "%s"}""".formatted(Batches.today().minusDays(1));

        expect("register anonymous", api.post("/api/v1/batches", null, pigsBody), 401, "UNAUTHENTICATED");
        expect("register by regulator", api.post("/api/v1/batches", Api.REGULATOR_TOKEN, pigsBody), 403, "FORBIDDEN");
        Batches.Created batch = batches.register(farm.token(), pigsBody);
        String path = "/api/v1/batches/" + batch.batchId();

        matrix("read", token -> api.get(path, token), stranger.token(), 404, "NOT_FOUND", 200, null,
                farm.token(), 200);
        matrix("lineage", token -> api.get(path + "/lineage", token), stranger.token(), 404, "NOT_FOUND", 200, null,
                farm.token(), 200);
        matrix("verification", token -> api.get(path + "/verification", token), farm.token(), 403, "FORBIDDEN",
                200, null, null, 0);
        expect("verification of an unknown batch", api.get("/api/v1/batches/" + java.util.UUID.randomUUID()
                + "/verification", Api.REGULATOR_TOKEN), 404, "NOT_FOUND");
        matrix("origin exit", token -> batches.exit(batch.batchId(), token, "COMPLIANCE_COMMITMENT", "CC-M",
                market.id()), stranger.token(), 403, "NOT_HOLDER", 403, "FORBIDDEN", farm.token(), 200);
        matrix("market entry", token -> batches.enter(batch.batchId(), token, "CC-M"), stranger.token(), 403,
                "NOT_DESTINATION", 403, "FORBIDDEN", market.token(), 200);
        matrix("inspection", token -> api.post(path + "/inspections", token,
                        "{\"analyte\": \"lead\", \"verdict\": \"PASS\"}"), farm.token(), 403, "NOT_HOLDER", 201, null,
                market.token(), 201);
        matrix("sale", token -> batches.sell(batch.batchId(), token, "1", "kg"), farm.token(), 403, "NOT_HOLDER",
                403, "FORBIDDEN", market.token(), 201);
        matrix("dispatch", token -> api.post(path + "/dispatch", token, """
                        {"destinationOperatorId": "%s", "quantity": {"amount": 10, "unit": "kg"}}"""
                        .formatted(stranger.id())), farm.token(), 403, "NOT_HOLDER", 403, "FORBIDDEN",
                market.token(), 201);
        matrix("split", token -> api.post(path + "/split", token, "{\"parts\": [{\"amount\": 5, \"unit\": \"kg\"}]}"),
                stranger.token(), 403, "NOT_HOLDER", 403, "FORBIDDEN", market.token(), 201);
        matrix("transformation", token -> api.post("/api/v1/transformations", token, """
                        {"inputs": [{"batchId": "%s", "quantity": {"amount": 10, "unit": "kg"}}],
                         "outputs": [{"category": "VEGETABLE", "product": "Pickled cabbage",
                                      "quantity": {"amount": 8, "unit": "kg"}}]}""".formatted(batch.batchId())),
                stranger.token(), 403, "NOT_HOLDER", 403, "FORBIDDEN", market.token(), 201);
        matrix("disposal", token -> api.post(path + "/disposal", token, """
                        {"quantity": {"amount": 1, "unit": "kg"}, "method": "composting"}"""),
                stranger.token(), 403, "NOT_HOLDER", 403, "FORBIDDEN", market.token(), 201);
        expect("trace anonymous", api.get("/api/v1/trace/" + batch.traceCode(), null), 200, null);
        softly.assertAll();
    }

    @Test
    void a_suspended_holder_may_still_read_but_every_write_is_refused_until_reinstated() {
        Operators.Registered farm = operators.register("Matrix Suspended Farm", "FARM", false);
        Operators.Registered market = operators.register("Matrix Suspended Market", "RETAIL_MARKET", false);
        String body = """
                {"category": "VEGETABLE", "product": "Leeks", "quantity": {"amount": 50, "unit": "kg"},
                 "originRegion": "441702", "producedOn": "%s"}""".formatted(Batches.today().minusDays(1));
        Batches.Created atMarket = batches.admittedVegetables(farm, market, "50");
        Batches.Created atFarm = batches.register(farm.token(), body);
        String marketPath = "/api/v1/batches/" + atMarket.batchId();
        String farmPath = "/api/v1/batches/" + atFarm.batchId();
        expect("suspend the market", api.post("/api/v1/operators/" + market.id() + "/suspension",
                Api.REGULATOR_TOKEN, "{\"reason\": \"unlicensed stall\"}"), 200, null);
        expect("suspend the farm", api.post("/api/v1/operators/" + farm.id() + "/suspension",
                Api.REGULATOR_TOKEN, "{\"reason\": \"falsified certificates\"}"), 200, null);

        String suspended = "OPERATOR_SUSPENDED";
        expect("suspended: register", api.post("/api/v1/batches", farm.token(), body), 403, suspended);
        expect("suspended: origin exit", batches.exit(atFarm.batchId(), farm.token(), "COMPLIANCE_COMMITMENT",
                "CC-S", market.id()), 403, suspended);
        expect("suspended: inspection", api.post(marketPath + "/inspections", market.token(),
                "{\"analyte\": \"lead\", \"verdict\": \"PASS\"}"), 403, suspended);
        expect("suspended: sale", batches.sell(atMarket.batchId(), market.token(), "1", "kg"), 403, suspended);
        expect("suspended: dispatch", api.post(marketPath + "/dispatch", market.token(), """
                {"destinationOperatorId": "%s", "quantity": {"amount": 5, "unit": "kg"}}""".formatted(farm.id())),
                403, suspended);
        expect("suspended: split", api.post(marketPath + "/split", market.token(),
                "{\"parts\": [{\"amount\": 5, \"unit\": \"kg\"}]}"), 403, suspended);
        expect("suspended: transformation", api.post("/api/v1/transformations", market.token(), """
                {"inputs": [{"batchId": "%s", "quantity": {"amount": 5, "unit": "kg"}}],
                 "outputs": [{"category": "VEGETABLE", "product": "Pickled leeks",
                              "quantity": {"amount": 4, "unit": "kg"}}]}""".formatted(atMarket.batchId())),
                403, suspended);
        expect("suspended: disposal", api.post(marketPath + "/disposal", market.token(),
                "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}, \"method\": \"composting\"}"),
                403, suspended);
        expect("suspended: read", api.get(marketPath, market.token()), 200, null);
        expect("suspended: lineage", api.get(farmPath + "/lineage", farm.token()), 200, null);
        softly.assertThat(api.get(marketPath, Api.REGULATOR_TOKEN).json().path("quantity").path("available")
                .path("amount").decimalValue()).as("nothing was sold, moved or disposed of")
                .isEqualByComparingTo("50");

        expect("reinstate the market", api.delete("/api/v1/operators/" + market.id() + "/suspension",
                Api.REGULATOR_TOKEN), 204, null);
        expect("reinstated: sale", batches.sell(atMarket.batchId(), market.token(), "1", "kg"), 201, null);
        softly.assertAll();
    }

    @Test
    void batch_import_is_an_operator_s_and_its_job_the_submitter_s() {
        Operators.Registered farm = operators.register("Matrix Import Farm", "FARM", false);
        Operators.Registered stranger = operators.register("Matrix Import Stranger", "FARM", false);
        byte[] csv = ("category,product,quantityAmount,quantityUnit,originRegion,producedOn\n"
                + "VEGETABLE,Cabbage,100,kg,441702," + Batches.today().minusDays(1) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Function<String, Answer> submit = token -> api.send("POST", "/api/v1/batches/import", token, "text/csv", csv);

        matrix("import", submit, null, 0, null, 403, "FORBIDDEN", farm.token(), 202);
        Answer accepted = submit.apply(farm.token());
        String job = accepted.header("Location").orElseThrow();
        matrix("import job", token -> api.get(job, token), stranger.token(), 404, "NOT_FOUND", 200, null,
                farm.token(), 200);
        softly.assertAll();
    }

    @Test
    void slaughter_is_the_holding_slaughterhouse_s() {
        Operators.Registered farm = operators.register("Matrix Pig Farm", "FARM", false);
        Operators.Registered slaughterhouse = operators.register("Matrix Abattoir", "SLAUGHTERHOUSE", true);
        Batches.Created pigs = batches.registerPigs(farm.token(), 4);
        batches.exit(pigs.batchId(), farm.token(), "ANIMAL_QUARANTINE", "AQ-M", slaughterhouse.id());
        batches.enter(pigs.batchId(), slaughterhouse.token(), "AQ-M");

        matrix("slaughter", token -> api.post("/api/v1/batches/" + pigs.batchId() + "/slaughter", token, """
                        {"betaAgonistTest": {"clenbuterol": "NEGATIVE", "ractopamine": "NEGATIVE",
                                             "salbutamol": "NEGATIVE"},
                         "meatQuarantineCertificate": "MQ-M",
                         "outputs": [{"product": "Pork", "quantity": {"amount": 300, "unit": "kg"}}]}"""),
                farm.token(), 403, "NOT_HOLDER", 403, "FORBIDDEN", slaughterhouse.token(), 201);
        softly.assertAll();
    }
}
