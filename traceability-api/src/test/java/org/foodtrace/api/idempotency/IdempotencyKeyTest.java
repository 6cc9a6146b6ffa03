package org.foodtrace.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

/** Idempotency-Key: the same request answers the first answer again and records nothing new. */
@FullStackTest
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Operators operators;
    Batches batches;
    Operators.Registered farm;
    Operators.Registered market;
    Batches.Created batch;

    @BeforeEach
    void anAdmittedBatch() {
        api = new Api(port);
        operators = new Operators(api);
        batches = new Batches(api);
        farm = operators.register("Key Farm " + System.nanoTime(), "FARM", false);
        market = operators.register("Key Market " + System.nanoTime(), "RETAIL_MARKET", false);
        batch = batches.admittedVegetables(farm, market, "10");
    }

    @Test
    void the_same_key_and_body_answer_the_first_answer_again_and_record_nothing_new() {
        Answer first = batches.sell(batch.batchId(), market.token(), "2", "kg", KEY, "sale-1");
        Answer again = batches.sell(batch.batchId(), market.token(), "2", "kg", KEY, "sale-1");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(sales()).isEqualTo(1);
        assertThat(available()).isEqualTo("8");
    }

    @Test
    void the_same_key_with_another_body_is_409() {
        batches.sell(batch.batchId(), market.token(), "2", "kg", KEY, "sale-2");

        Answer other = batches.sell(batch.batchId(), market.token(), "3", "kg", KEY, "sale-2");

        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(sales()).isEqualTo(1);
    }

    @Test
    void concurrent_duplicates_record_one_sale_and_all_get_its_answer() throws Exception {
        List<Answer> answers = org.foodtrace.api.command.ConcurrentSalesAccess.race(8,
                () -> batches.sell(batch.batchId(), market.token(), "1", "kg", KEY, "sale-3"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(answers.stream().map(answer -> answer.text("saleId")).distinct()).hasSize(1);
        assertThat(sales()).isEqualTo(1);
        assertThat(available()).isEqualTo("9");
    }

    @Test
    void a_refusal_is_the_key_s_answer_too() {
        Answer refused = batches.sell(batch.batchId(), market.token(), "50", "kg", KEY, "sale-4");
        Answer again = batches.sell(batch.batchId(), market.token(), "50", "kg", KEY, "sale-4");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("INSUFFICIENT_QUANTITY");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.bytes()).isEqualTo(refused.bytes());
    }

    @Test
    void keys_belong_to_their_caller() {
        Operators.Registered otherMarket = operators.register("Other Key Market " + System.nanoTime(),
                "RETAIL_MARKET", false);
        Batches.Created otherBatch = batches.admittedVegetables(farm, otherMarket, "10");

        Answer mine = batches.sell(batch.batchId(), market.token(), "1", "kg", KEY, "shared-key");
        Answer theirs = batches.sell(otherBatch.batchId(), otherMarket.token(), "1", "kg", KEY, "shared-key");

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(theirs.text("saleId")).isNotEqualTo(mine.text("saleId"));
    }

    @Test
    void keys_are_kept_in_the_database() {
        batches.sell(batch.batchId(), market.token(), "1", "kg", KEY, "sale-5");

        assertThat(jdbc.sql("SELECT response_status FROM idempotency_key WHERE caller_id = ? AND idempotency_key = ?")
                .params(market.id(), "sale-5").query(Integer.class).single()).isEqualTo(201);
    }

    @Test
    void a_replayed_registration_does_not_show_the_token_again() {
        String body = """
                {"name": "Replay Farm", "kind": "FARM", "licenseNumber": "L-1", "region": "441702"}""";
        Answer first = api.post("/api/v1/operators", Api.REGULATOR_TOKEN, body, KEY, "register-1");
        Answer again = api.post("/api/v1/operators", Api.REGULATOR_TOKEN, body, KEY, "register-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("apiToken")).isNotBlank();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("operatorId")).isEqualTo(first.text("operatorId"));
        assertThat(again.text("apiToken")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE convert_from(response_body, 'UTF8') LIKE ?")
                .param("%" + first.text("apiToken") + "%").query(Long.class).single()).isZero();
    }

    @Test
    void a_malformed_key_is_400() {
        Answer answer = batches.sell(batch.batchId(), market.token(), "1", "kg", KEY, "x".repeat(300));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("violations").get(0).path("field").asString()).isEqualTo(KEY);
    }

    private long sales() {
        return api.get("/api/v1/batches/" + batch.batchId(), market.token()).json().path("events").valueStream()
                .filter(event -> "SOLD".equals(event.path("type").asString())).count();
    }

    private String available() {
        return api.get("/api/v1/batches/" + batch.batchId(), market.token()).json().path("quantity")
                .path("available").path("amount").decimalValue().toPlainString();
    }
}
