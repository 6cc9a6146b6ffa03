package org.foodtrace.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.foodtrace.core.shared.TraceZone;

/** Common batch steps through the API, each asserting its documented success status. */
public final class Batches {

    private final Api api;

    public Batches(Api api) {
        this.api = api;
    }

    public static LocalDate today() {
        return LocalDate.now(TraceZone.ZONE);
    }

    public Created registerPigs(String farmToken, int head) {
        return register(farmToken, """
                {"category": "LIVESTOCK", "product": "Live pigs", "species": "PIG",
                 "quantity": {"amount": %d, "unit": "head"}, "originRegion": "441702",
                 "producedOn": "%s", "gtin": null, "lot": "P-1120", "expiresOn": null}"""
                .formatted(head, today().minusDays(2)));
    }

    public Created registerVegetables(String farmToken, String kilograms) {
        return register(farmToken, """
                {"category": "VEGETABLE", "product": "Bok choy", "quantity": {"amount": %s, "unit": "kg"},
                 "originRegion": "441702", "producedOn": "%s"}""".formatted(kilograms, today().minusDays(1)));
    }

    public Created register(String token, String json) {
        Answer answer = api.post("/api/v1/batches", token, json);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return new Created(answer.text("batchId"), answer.text("traceCode"));
    }

    public Answer exit(String batchId, String token, String certificateType, String number, String destinationId) {
        return api.post("/api/v1/batches/" + batchId + "/origin-exit", token, """
                {"certificate": {"type": "%s", "number": "%s", "issuedBy": "Yangdong Animal Health Station",
                                 "issuedOn": "%s", "validUntil": "%s"},
                 "destinationOperatorId": "%s"}""".formatted(certificateType, number, today(), today().plusDays(3),
                destinationId));
    }

    public Answer enter(String batchId, String token, String certificateNumber) {
        return api.post("/api/v1/batches/" + batchId + "/market-entry", token,
                "{\"certificateNumber\": \"" + certificateNumber + "\"}");
    }

    public Answer sell(String batchId, String token, String amount, String unit, String... headers) {
        return api.post("/api/v1/batches/" + batchId + "/sales", token,
                "{\"quantity\": {\"amount\": " + amount + ", \"unit\": \"" + unit + "\"}}", headers);
    }

    /** A vegetable batch of the given kilograms, sent to and admitted by the market. */
    public Created admittedVegetables(Operators.Registered farm, Operators.Registered market, String kilograms) {
        Created batch = registerVegetables(farm.token(), kilograms);
        Answer exit = exit(batch.batchId(), farm.token(), "COMPLIANCE_COMMITMENT", "CC-" + batch.traceCode(),
                market.id());
        assertThat(exit.status()).as(exit.toString()).isEqualTo(200);
        Answer entry = enter(batch.batchId(), market.token(), "CC-" + batch.traceCode());
        assertThat(entry.status()).as(entry.toString()).isEqualTo(200);
        return batch;
    }

    public record Created(String batchId, String traceCode) {
    }
}
