package org.foodtrace.api.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.foodtrace.api.support.QrScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Pig farm → designated slaughterhouse → wet market → consumer, and the refusals on the way. */
@FullStackTest
class PigFlowTest {

    @LocalServerPort
    int port;

    Api api;
    Operators operators;
    Batches batches;

    @BeforeEach
    void client() {
        api = new Api(port);
        operators = new Operators(api);
        batches = new Batches(api);
    }

    @Test
    void pigs_go_from_farm_through_slaughter_to_a_stall_and_the_receipt_leads_back_to_the_farm() throws Exception {
        Operators.Registered farm = operators.register("Pinggang Pig Farm", "FARM", false);
        Operators.Registered slaughterhouse = operators.register("Yangjiang Meat Co", "SLAUGHTERHOUSE", true);
        Operators.Registered market = operators.register("Dongmen Wet Market", "RETAIL_MARKET", false);
        Batches.Created pigs = batches.registerPigs(farm.token(), 20);

        Answer exit = batches.exit(pigs.batchId(), farm.token(), "ANIMAL_QUARANTINE", "4417020012345",
                slaughterhouse.id());
        assertThat(exit.status()).as(exit.toString()).isEqualTo(200);
        Answer admitted = batches.enter(pigs.batchId(), slaughterhouse.token(), "4417020012345");
        assertThat(admitted.text("status")).as(admitted.toString()).isEqualTo("ADMITTED");

        Answer slaughter = api.post("/api/v1/batches/" + pigs.batchId() + "/slaughter", slaughterhouse.token(), """
                {"betaAgonistTest": {"clenbuterol": "NEGATIVE", "ractopamine": "NEGATIVE", "salbutamol": "NEGATIVE"},
                 "meatQuarantineCertificate": "MQ-2026-0001",
                 "outputs": [{"product": "Pork carcass halves", "quantity": {"amount": 1500, "unit": "kg"}}]}""");
        assertThat(slaughter.status()).as(slaughter.toString()).isEqualTo(201);
        JsonNode carcass = slaughter.json().path("outputs").get(0);
        String carcassId = carcass.path("batchId").asString();

        Answer dispatch = api.post("/api/v1/batches/" + carcassId + "/dispatch", slaughterhouse.token(), """
                {"destinationOperatorId": "%s", "quantity": {"amount": 200, "unit": "kg"}}""".formatted(market.id()));
        assertThat(dispatch.status()).as(dispatch.toString()).isEqualTo(201);
        String stallBatchId = dispatch.text("batchId");
        String stallCode = dispatch.text("traceCode");

        Answer atMarket = batches.enter(stallBatchId, market.token(), "MQ-2026-0001");
        assertThat(atMarket.status()).as(atMarket.toString()).isEqualTo(200);
        Answer sale = batches.sell(stallBatchId, market.token(), "2", "kg");
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().path("available").path("amount").decimalValue()).isEqualByComparingTo("198");

        Answer trace = api.get("/api/v1/trace/" + stallCode, null);
        assertThat(trace.status()).as(trace.toString()).isEqualTo(200);
        assertThat(trace.text("origin.producerName")).isEqualTo("Pinggang Pig Farm");
        assertThat(trace.json().path("upstream").valueStream().map(JsonNode::asString))
                .containsExactly(carcass.path("traceCode").asString(), pigs.traceCode());
        assertThat(trace.json().path("journey").size()).isGreaterThanOrEqualTo(3);

        String scanned = QrScanner.decode(api.get("/api/v1/trace/" + stallCode + "/qr.png", null).bytes());
        assertThat(scanned).endsWith("/t/" + stallCode);

        Answer lineage = api.get("/api/v1/batches/" + pigs.batchId() + "/lineage?direction=downstream",
                Api.REGULATOR_TOKEN);
        assertThat(lineage.status()).as(lineage.toString()).isEqualTo(200);
        assertThat(lineage.json().path("nodes").valueStream().map(node -> node.path("batchId").asString()))
                .contains(pigs.batchId(), carcassId, stallBatchId);
        assertThat(lineage.json().path("edges").valueStream().map(edge -> edge.path("kind").asString()))
                .contains("SLAUGHTER", "DISPATCH");
        Answer upstream = api.get("/api/v1/batches/" + stallBatchId + "/lineage?direction=upstream", market.token());
        assertThat(upstream.json().path("nodes").size()).isEqualTo(3);
    }

    @Test
    void pigs_for_a_slaughterhouse_that_is_not_designated_do_not_leave_the_farm() {
        Operators.Registered farm = operators.register("Hilltop Pig Farm", "FARM", false);
        Operators.Registered backyard = operators.register("Backyard Butcher", "SLAUGHTERHOUSE", false);
        Batches.Created pigs = batches.registerPigs(farm.token(), 5);

        Answer exit = batches.exit(pigs.batchId(), farm.token(), "ANIMAL_QUARANTINE", "4417020099999", backyard.id());

        assertThat(exit.status()).as(exit.toString()).isEqualTo(422);
        assertThat(exit.text("code")).isEqualTo("NOT_DESIGNATED_SLAUGHTERHOUSE");
        assertThat(exit.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/batches/" + pigs.batchId(), farm.token()).text("status")).isEqualTo("REGISTERED");
    }

    @Test
    void a_positive_beta_agonist_test_refuses_slaughter_and_holds_the_animals() {
        Operators.Registered farm = operators.register("Riverside Pig Farm", "FARM", false);
        Operators.Registered slaughterhouse = operators.register("Riverside Meat Co", "SLAUGHTERHOUSE", true);
        Batches.Created pigs = batches.registerPigs(farm.token(), 8);
        batches.exit(pigs.batchId(), farm.token(), "ANIMAL_QUARANTINE", "4417020011111", slaughterhouse.id());
        batches.enter(pigs.batchId(), slaughterhouse.token(), "4417020011111");

        Answer slaughter = api.post("/api/v1/batches/" + pigs.batchId() + "/slaughter", slaughterhouse.token(), """
                {"betaAgonistTest": {"clenbuterol": "POSITIVE", "ractopamine": "NEGATIVE", "salbutamol": "NEGATIVE"},
                 "meatQuarantineCertificate": "MQ-2026-0002",
                 "outputs": [{"product": "Pork carcass halves", "quantity": {"amount": 600, "unit": "kg"}}]}""");

        assertThat(slaughter.status()).as(slaughter.toString()).isEqualTo(422);
        assertThat(slaughter.text("code")).isEqualTo("BETA_AGONIST_POSITIVE");
        assertThat(api.get("/api/v1/batches/" + pigs.batchId(), slaughterhouse.token()).text("status"))
                .isEqualTo("ON_HOLD");
    }

    @Test
    void market_entry_by_another_operator_is_refused_and_a_wrong_certificate_rejects_the_batch() {
        Operators.Registered farm = operators.register("Lakeside Farm", "FARM", false);
        Operators.Registered market = operators.register("Xinhua Market", "RETAIL_MARKET", false);
        Operators.Registered other = operators.register("Other Market", "RETAIL_MARKET", false);
        Batches.Created greens = batches.registerVegetables(farm.token(), "100");
        batches.exit(greens.batchId(), farm.token(), "COMPLIANCE_COMMITMENT", "CC-77", market.id());

        Answer misdirected = batches.enter(greens.batchId(), other.token(), "CC-77");
        assertThat(misdirected.status()).as(misdirected.toString()).isEqualTo(403);
        assertThat(misdirected.text("code")).isEqualTo("NOT_DESTINATION");

        Answer mismatch = batches.enter(greens.batchId(), market.token(), "CC-78");
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(422);
        assertThat(mismatch.text("code")).isEqualTo("CERTIFICATE_MISMATCH");
        assertThat(api.get("/api/v1/batches/" + greens.batchId(), market.token()).text("status")).isEqualTo("REJECTED");
    }

    @Test
    void an_unknown_destination_is_422_unknown_operator() {
        Operators.Registered farm = operators.register("Far Farm", "FARM", false);
        Batches.Created greens = batches.registerVegetables(farm.token(), "10");

        Answer exit = batches.exit(greens.batchId(), farm.token(), "COMPLIANCE_COMMITMENT", "CC-1",
                "00000000-0000-4000-8000-000000000000");

        assertThat(exit.status()).as(exit.toString()).isEqualTo(422);
        assertThat(exit.text("code")).isEqualTo("UNKNOWN_OPERATOR");
    }
}
