package org.foodtrace.api.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A batch's recorded history is tamper-evident: changing a stored event's payload or its hash is found by the
 * regulator's verification at exactly that event, a child's verification reaches into its parent's history, and the
 * public trace then says the record failed verification.
 */
@FullStackTest
class TamperEvidenceTest {

    /** Sequence numbers of the vegetable batch's events. */
    private static final long ORIGIN_EXIT = 1;
    private static final long MARKET_ENTRY = 2;
    private static final long SALE = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Batches batches;
    Operators.Registered farm;
    Operators.Registered market;

    @BeforeEach
    void client() {
        api = new Api(port);
        batches = new Batches(api);
        Operators operators = new Operators(api);
        farm = operators.register("Chain Farm", "FARM", false);
        market = operators.register("Chain Market", "RETAIL_MARKET", false);
    }

    /** Registered, left the farm, admitted, part sold: four events. */
    private Batches.Created soldHistory() {
        Batches.Created batch = batches.admittedVegetables(farm, market, "100");
        assertThat(batches.sell(batch.batchId(), market.token(), "5", "kg").status()).isEqualTo(201);
        return batch;
    }

    private String split(Batches.Created batch) {
        Answer split = api.post("/api/v1/batches/" + batch.batchId() + "/split", market.token(),
                "{\"parts\": [{\"amount\": 10, \"unit\": \"kg\"}]}");
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        return split.json().path("parts").get(0).path("batchId").asString();
    }

    private JsonNode verification(String batchId) {
        Answer answer = api.get("/api/v1/batches/" + batchId + "/verification", Api.REGULATOR_TOKEN);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode trace(String traceCode) {
        Answer answer = api.get("/api/v1/trace/" + traceCode, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** Rewrites a stored payload through jsonb: keys reordered, whitespace changed, one value set. */
    private void setPayloadField(String batchId, long sequence, String field, String jsonValue) {
        int rows = jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb, :path::text[],
                            :value::jsonb)::text, 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = :sequence""")
                .param("path", "{" + field + "}").param("value", jsonValue)
                .param("id", batchId).param("sequence", sequence)
                .update();
        assertThat(rows).isEqualTo(1);
    }

    private String storedPayload(String batchId, long sequence) {
        return jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = :id AND sequencenumber = :sequence")
                .param("id", batchId).param("sequence", sequence).query(String.class).single();
    }

    @Test
    void an_untouched_history_verifies_and_the_trace_shows_its_head_hash() {
        Batches.Created batch = soldHistory();

        JsonNode verification = verification(batch.batchId());
        JsonNode trace = trace(batch.traceCode());

        assertThat(verification.path("verified").asBoolean()).isTrue();
        assertThat(verification.path("events").asInt()).isEqualTo(4);
        assertThat(verification.path("firstMismatch").isNull()).isTrue();
        assertThat(verification.path("parents").isEmpty()).isTrue();
        assertThat(verification.path("headHash").asString()).matches("[0-9a-f]{64}");
        assertThat(trace.path("verified").asBoolean()).isTrue();
        assertThat(trace.path("integrity").asString()).isEqualTo("VERIFIED");
        assertThat(trace.path("headHash").asString()).isEqualTo(verification.path("headHash").asString());
    }

    @Test
    void rewriting_a_stored_event_without_changing_a_value_still_verifies() {
        Batches.Created batch = soldHistory();
        String before = storedPayload(batch.batchId(), SALE);

        setPayloadField(batch.batchId(), SALE, "batchId", "\"" + batch.batchId() + "\"");

        assertThat(storedPayload(batch.batchId(), SALE)).isNotEqualTo(before);
        assertThat(verification(batch.batchId()).path("verified").asBoolean()).isTrue();
    }

    @Test
    void an_altered_payload_fails_verification_at_exactly_that_event() {
        Batches.Created batch = soldHistory();

        setPayloadField(batch.batchId(), SALE, "buyer", "\"nobody\"");
        JsonNode verification = verification(batch.batchId());

        assertThat(verification.path("verified").asBoolean()).isFalse();
        JsonNode mismatch = verification.path("firstMismatch");
        assertThat(mismatch.path("sequenceNumber").asLong()).isEqualTo(SALE);
        assertThat(mismatch.path("eventType").asString()).isEqualTo("BatchSold");
        assertThat(mismatch.path("at").asString()).isNotBlank();
        assertThat(mismatch.path("expectedHash").asString()).matches("[0-9a-f]{64}")
                .isNotEqualTo(mismatch.path("storedHash").asString());
        assertThat(trace(batch.traceCode()).path("verified").asBoolean()).isFalse();
        assertThat(trace(batch.traceCode()).path("integrity").asString()).isEqualTo("BROKEN");
    }

    @Test
    void an_altered_stored_hash_is_found_at_that_event() {
        Batches.Created batch = soldHistory();
        String forged = "0".repeat(64);

        int rows = jdbc.sql("""
                        UPDATE domainevententry
                        SET metadata = convert_to(jsonb_set(convert_from(metadata, 'UTF8')::jsonb, '{chainHash}',
                            to_jsonb(:forged::text))::text, 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber = :sequence""")
                .param("forged", forged).param("id", batch.batchId()).param("sequence", MARKET_ENTRY)
                .update();
        assertThat(rows).isEqualTo(1);
        JsonNode mismatch = verification(batch.batchId()).path("firstMismatch");

        assertThat(mismatch.path("sequenceNumber").asLong()).isEqualTo(MARKET_ENTRY);
        assertThat(mismatch.path("eventType").asString()).isEqualTo("BatchAdmitted");
        assertThat(mismatch.path("storedHash").asString()).isEqualTo(forged);
    }

    @Test
    void a_child_links_to_its_parents_head_and_a_parent_altered_before_the_split_fails_the_child() {
        Batches.Created batch = soldHistory();
        String part = split(batch);
        JsonNode intact = verification(part);
        assertThat(intact.path("verified").asBoolean()).isTrue();
        JsonNode parent = intact.path("parents").get(0);
        assertThat(parent.path("batchId").asString()).isEqualTo(batch.batchId());
        assertThat(parent.path("linkFound").asBoolean()).isTrue();
        assertThat(parent.path("linkedHash").asString()).isEqualTo(parent.path("headHash").asString());

        setPayloadField(batch.batchId(), ORIGIN_EXIT, "destinationOperatorId", "\"" + farm.id() + "\"");
        JsonNode tampered = verification(part);

        assertThat(tampered.path("verified").asBoolean()).isFalse();
        assertThat(tampered.path("firstMismatch").isNull()).isTrue();
        JsonNode brokenParent = tampered.path("parents").get(0);
        assertThat(brokenParent.path("verified").asBoolean()).isFalse();
        assertThat(brokenParent.path("firstMismatch").path("sequenceNumber").asLong()).isEqualTo(ORIGIN_EXIT);
        String partCode = jdbc.sql("SELECT trace_code FROM trace_batch WHERE batch_id = :id").param("id", part)
                .query(String.class).single();
        assertThat(trace(partCode).path("integrity").asString()).isEqualTo("BROKEN");
    }

    @Test
    void verification_of_an_unknown_batch_is_404() {
        Answer answer = api.get("/api/v1/batches/" + java.util.UUID.randomUUID() + "/verification",
                Api.REGULATOR_TOKEN);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
