package org.foodtrace.api.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.foodtrace.api.security.ApiTokens;
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

/** The registry (一户一档): tokens shown once and kept as hashes; suspension counts from its answer on. */
@FullStackTest
class OperatorRegistryTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void registration_answers_a_url_safe_256_bit_token_and_keeps_only_its_hash() {
        Operators.Registered farm = operators.register("Hash Farm", "FARM", false);

        assertThat(farm.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("SELECT encode(token_hash, 'hex') FROM api_token WHERE operator_id = ?")
                .param(farm.id()).query(String.class).single())
                .isEqualTo(HexFormat.of().formatHex(ApiTokens.hash(farm.token())));
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'api_token'")
                .query(String.class).list()).containsExactlyInAnyOrder("token_hash", "operator_id", "created_at");
    }

    @Test
    void the_registry_file_reads_back() {
        Operators.Registered abattoir = operators.register("Read Abattoir", "SLAUGHTERHOUSE", true);

        Answer file = api.get("/api/v1/operators/" + abattoir.id(), Api.REGULATOR_TOKEN);

        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.text("name")).isEqualTo("Read Abattoir");
        assertThat(file.text("kind")).isEqualTo("SLAUGHTERHOUSE");
        assertThat(file.text("region")).isEqualTo("441702");
        assertThat(file.json().path("designatedSlaughterhouse").asBoolean()).isTrue();
        assertThat(file.text("status")).isEqualTo("ACTIVE");
        assertThat(file.text("licenseNumber")).isNotBlank();
    }

    @Test
    void a_suspension_refuses_the_very_next_write_and_reinstatement_allows_it_again() {
        Operators.Registered farm = operators.register("Suspended Farm", "FARM", false);
        String body = """
                {"category": "VEGETABLE", "product": "Leeks", "quantity": {"amount": 5, "unit": "kg"},
                 "originRegion": "441702", "producedOn": "%s"}""".formatted(Batches.today());

        Answer suspended = api.post("/api/v1/operators/" + farm.id() + "/suspension", Api.REGULATOR_TOKEN,
                "{\"reason\": \"Clenbuterol found\"}");
        Answer refused = api.post("/api/v1/batches", farm.token(), body);

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.text("status")).isEqualTo("SUSPENDED");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("OPERATOR_SUSPENDED");
        assertThat(api.get("/api/v1/operators/" + farm.id(), Api.REGULATOR_TOKEN).text("status"))
                .isEqualTo("SUSPENDED");

        Answer reinstated = api.delete("/api/v1/operators/" + farm.id() + "/suspension", Api.REGULATOR_TOKEN);
        assertThat(reinstated.status()).isEqualTo(204);
        assertThat(api.post("/api/v1/batches", farm.token(), body).status()).isEqualTo(201);
    }

    @Test
    void suspending_twice_and_reinstating_an_active_operator_are_refused() {
        Operators.Registered farm = operators.register("Twice Farm", "FARM", false);
        String path = "/api/v1/operators/" + farm.id() + "/suspension";

        Answer notSuspended = api.delete(path, Api.REGULATOR_TOKEN);
        api.post(path, Api.REGULATOR_TOKEN, "{\"reason\": \"first\"}");
        Answer again = api.post(path, Api.REGULATOR_TOKEN, "{\"reason\": \"second\"}");

        assertThat(notSuspended.status()).isEqualTo(422);
        assertThat(notSuspended.text("code")).isEqualTo("OPERATOR_NOT_SUSPENDED");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("code")).isEqualTo("OPERATOR_ALREADY_SUSPENDED");
    }

    @Test
    void unknown_operators_are_404() {
        String unknown = "/api/v1/operators/00000000-0000-4000-8000-000000000001";

        assertThat(api.get(unknown, Api.REGULATOR_TOKEN).status()).isEqualTo(404);
        assertThat(api.post(unknown + "/suspension", Api.REGULATOR_TOKEN, "{\"reason\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/operators/not-a-uuid", Api.REGULATOR_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void only_a_slaughterhouse_can_be_designated() {
        Answer answer = api.post("/api/v1/operators", Api.REGULATOR_TOKEN, """
                {"name": "Farm", "kind": "FARM", "licenseNumber": "L", "region": "441702",
                 "designatedSlaughterhouse": true}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("code")).isEqualTo("NOT_SLAUGHTERHOUSE");
    }

    @Test
    void a_region_that_is_not_six_digits_is_400() {
        Answer answer = api.post("/api/v1/operators", Api.REGULATOR_TOKEN, """
                {"name": "Farm", "kind": "FARM", "licenseNumber": "L", "region": "44170"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("violations").get(0).path("field").asString()).isEqualTo("region");
    }
}
