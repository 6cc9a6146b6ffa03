package org.foodtrace.api.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.foodtrace.api.support.QrScanner;
import org.foodtrace.core.shared.TraceZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 承诺达标合格证 → 市场准入 → 快检 → 销售 → consumer scan, through HTTP on a real database. */
@FullStackTest
class VegetableFlowTest {

    @LocalServerPort
    int port;

    Api api;
    Operators operators;

    @BeforeEach
    void client() {
        api = new Api(port);
        operators = new Operators(api);
    }

    @Test
    void a_vegetable_batch_goes_from_farm_to_consumer_and_its_qr_code_leads_back() throws Exception {
        Operators.Registered farm = operators.register("Green Valley Farm", "FARM", false);
        Operators.Registered market = operators.register("Dongmen Wet Market", "RETAIL_MARKET", false);
        LocalDate today = LocalDate.now(TraceZone.ZONE);

        Answer registered = api.post("/api/v1/batches", farm.token(), """
                {"category": "VEGETABLE", "product": "Bok choy", "quantity": {"amount": 500, "unit": "kg"},
                 "originRegion": "441702", "producedOn": "%s", "lot": "BC-1"}""".formatted(today.minusDays(1)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String batchId = registered.text("batchId");
        String traceCode = registered.text("traceCode");

        Answer exit = api.post("/api/v1/batches/" + batchId + "/origin-exit", farm.token(), """
                {"certificate": {"type": "COMPLIANCE_COMMITMENT", "number": "CC-2026-0001",
                                 "issuedBy": "Green Valley Farm", "issuedOn": "%s", "validUntil": "%s"},
                 "destinationOperatorId": "%s"}""".formatted(today, today.plusDays(3), market.id()));
        assertThat(exit.status()).as(exit.toString()).isEqualTo(200);
        assertThat(exit.text("status")).isEqualTo("IN_TRANSIT");

        Answer entry = api.post("/api/v1/batches/" + batchId + "/market-entry", market.token(),
                "{\"certificateNumber\": \"CC-2026-0001\"}");
        assertThat(entry.status()).as(entry.toString()).isEqualTo(200);
        assertThat(entry.text("status")).isEqualTo("ADMITTED");

        Answer test = api.post("/api/v1/batches/" + batchId + "/inspections", market.token(), """
                {"analyte": "organophosphate", "method": "enzyme-inhibition", "value": 12.5, "unit": "%",
                 "limit": 50.0, "verdict": "PASS", "sampleId": "S-1"}""");
        assertThat(test.status()).as(test.toString()).isEqualTo(201);

        Answer first = api.post("/api/v1/batches/" + batchId + "/sales", market.token(),
                "{\"quantity\": {\"amount\": 2, \"unit\": \"kg\"}, \"buyer\": \"walk-in\"}");
        Answer second = api.post("/api/v1/batches/" + batchId + "/sales", market.token(),
                "{\"quantity\": {\"amount\": 3.5, \"unit\": \"kg\"}}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("available").path("amount").decimalValue()).isEqualByComparingTo("494.5");

        Answer batch = api.get("/api/v1/batches/" + batchId, market.token());
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(batch.text("holderOperatorId")).isEqualTo(market.id());
        assertThat(batch.json().path("quantity").path("available").path("amount").decimalValue())
                .isEqualByComparingTo("494.5");
        assertThat(batch.json().path("events").size()).isGreaterThanOrEqualTo(6);

        Answer trace = api.get("/api/v1/trace/" + traceCode, null);
        assertThat(trace.status()).as(trace.toString()).isEqualTo(200);
        assertThat(trace.text("product")).isEqualTo("Bok choy");
        assertThat(trace.text("origin.certificate.type")).isEqualTo("COMPLIANCE_COMMITMENT");
        assertThat(trace.text("origin.producerName")).isEqualTo("Green Valley Farm");
        assertThat(trace.json().path("inspections").get(0).path("verdict").asString()).isEqualTo("PASS");
        assertThat(trace.body()).doesNotContain("LIC-").doesNotContain("walk-in").doesNotContain(farm.token());

        Answer qr = api.get("/api/v1/trace/" + traceCode + "/qr.png?size=300", null);
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).isEqualTo("image/png");
        String scanned = QrScanner.decode(qr.bytes());
        assertThat(scanned).isEqualTo("http://localhost:" + port + "/t/" + traceCode);

        String scannedCode = scanned.substring(scanned.lastIndexOf('/') + 1);
        assertThat(api.get("/api/v1/trace/" + scannedCode, null).text("traceCode")).isEqualTo(traceCode);
    }
}
