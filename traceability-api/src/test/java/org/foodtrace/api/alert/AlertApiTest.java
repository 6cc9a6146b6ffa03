package org.foodtrace.api.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The regulator reads the alerts over HTTP; an expired-product sale is still 422 and leaves an alert behind. */
@FullStackTest
class AlertApiTest {

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
    void aMisdirectedEntryIsListedAndReadByTheRegulator() {
        Operators.Registered farm = operators.register("Alert Farm", "FARM", false);
        Operators.Registered market = operators.register("Alert Market", "RETAIL_MARKET", false);
        Operators.Registered stranger = operators.register("Alert Stranger", "RETAIL_MARKET", false);
        Batches.Created batch = batches.registerVegetables(farm.token(), "100");
        batches.exit(batch.batchId(), farm.token(), "COMPLIANCE_COMMITMENT", "CC-" + batch.traceCode(), market.id());

        Answer refused = batches.enter(batch.batchId(), stranger.token(), "CC-" + batch.traceCode());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("NOT_DESTINATION");
        JsonNode alert = onlyAlert("rule=MISDIRECTED_ENTRY&batchId=" + batch.batchId());
        assertThat(alert.path("severity").asString()).isEqualTo("MEDIUM");
        assertThat(alert.path("raisedAt").asString()).endsWith("Z");
        assertThat(alert.path("summary").asString()).contains(stranger.id(), market.id());
        assertThat(alert.path("operatorIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(stranger.id(), market.id());
        assertThat(alert.path("batchIds").valueStream().map(JsonNode::asString)).containsExactly(batch.batchId());
        JsonNode evidence = alert.path("evidence").get(0);
        assertThat(evidence.path("eventType").asString()).isEqualTo("MisdirectedEntryAttempted");
        assertThat(evidence.path("batchId").asString()).isEqualTo(batch.batchId());
        assertThat(evidence.path("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(evidence.path("eventIdentifier").asString()).isNotBlank();

        Answer one = api.get("/api/v1/alerts/" + alert.path("alertId").asString(), Api.REGULATOR_TOKEN);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(alert);
    }

    @Test
    void anExpiredProductSaleIsRefusedWith422AndRaisesAnAlert() {
        Operators.Registered factory = operators.register("Alert Factory", "MANUFACTURER", false);
        Operators.Registered supermarket = operators.register("Alert Supermarket", "SUPERMARKET", false);
        Batches.Created formula = batches.register(factory.token(), """
                {"category": "INFANT_FORMULA", "product": "Infant formula stage 1",
                 "quantity": {"amount": 50, "unit": "unit"}, "originRegion": "441702", "producedOn": "%s",
                 "gtin": "06901234567892", "lot": "L-ALERT", "expiresOn": "%s"}"""
                .formatted(Batches.today().minusDays(3), Batches.today().minusDays(1)));
        batches.exit(formula.batchId(), factory.token(), "FACTORY_INSPECTION", "FI-" + formula.traceCode(),
                supermarket.id());
        assertThat(batches.enter(formula.batchId(), supermarket.token(), "FI-" + formula.traceCode()).status())
                .isEqualTo(200);

        Answer sale = batches.sell(formula.batchId(), supermarket.token(), "2", "unit");

        assertThat(sale.status()).isEqualTo(422);
        assertThat(sale.contentType()).startsWith("application/problem+json");
        assertThat(sale.text("code")).isEqualTo("EXPIRED_PRODUCT");
        assertThat(sale.text("detail")).contains("expired on " + Batches.today().minusDays(1));
        Answer batch = api.get("/api/v1/batches/" + formula.batchId(), supermarket.token());
        assertThat(batch.json().path("quantity").path("available").path("amount").asInt()).isEqualTo(50);
        JsonNode alert = onlyAlert("rule=EXPIRED_PRODUCT_SALE_ATTEMPT&operatorId=" + supermarket.id());
        assertThat(alert.path("batchIds").get(0).asString()).isEqualTo(formula.batchId());
        assertThat(alert.path("evidence").get(0).path("eventType").asString()).isEqualTo("ExpiredSaleAttempted");
    }

    @Test
    void filtersArePagedAndChecked() {
        assertThat(api.get("/api/v1/alerts?limit=1000", Api.REGULATOR_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/alerts", Api.REGULATOR_TOKEN).json().path("limit").asInt()).isEqualTo(100);
        for (String bad : new String[] {"limit=1001", "limit=0", "offset=-1", "rule=NO_SUCH_RULE",
                "operatorId=not-a-uuid", "since=yesterday"}) {
            Answer answer = api.get("/api/v1/alerts?" + bad, Api.REGULATOR_TOKEN);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/alerts/" + java.util.UUID.randomUUID(), Api.REGULATOR_TOKEN).status())
                .isEqualTo(404);
    }

    private JsonNode onlyAlert(String query) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/alerts?" + query, Api.REGULATOR_TOKEN).json().path("alerts").size() > 0);
        Answer answer = api.get("/api/v1/alerts?" + query, Api.REGULATOR_TOKEN);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("alerts").size()).as(answer.toString()).isEqualTo(1);
        return answer.json().path("alerts").get(0);
    }
}
