package org.foodtrace.api.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The regulator lists and retries dead letters and rebuilds read models over HTTP; nobody else may. */
@FullStackTest
class MaintenanceApiTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void the_regulator_lists_and_retries_a_groups_dead_letters() {
        Answer letters = api.get("/api/v1/admin/dead-letters/batch-view", Api.REGULATOR_TOKEN);
        Answer retry = api.post("/api/v1/admin/dead-letters/batch-view/retry", Api.REGULATOR_TOKEN, "");

        assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
        assertThat(letters.json().isArray()).isTrue();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.text("group")).isEqualTo("batch-view");
        assertThat(retry.text("remaining")).isEqualTo("0");
    }

    @Test
    void a_rebuilt_read_model_refills_from_the_event_store() throws InterruptedException {
        Operators.Registered farm = new Operators(api).register("Rebuild Farm", "FARM", false);

        Answer rebuild = api.post("/api/v1/admin/read-models/operator-registry/rebuild", Api.REGULATOR_TOKEN, "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Answer file = api.get("/api/v1/operators/" + farm.id(), Api.REGULATOR_TOKEN);
        while (file.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            file = api.get("/api/v1/operators/" + farm.id(), Api.REGULATOR_TOKEN);
        }
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.text("name")).isEqualTo("Rebuild Farm");
    }

    @Test
    void unknown_groups_are_404_and_only_read_models_are_rebuilt() {
        assertThat(api.get("/api/v1/admin/dead-letters/no-such-group", Api.REGULATOR_TOKEN).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/read-models/recall-process/rebuild", Api.REGULATOR_TOKEN, "").status())
                .isEqualTo(404);
    }

    @Test
    void operators_and_anonymous_callers_may_not_touch_maintenance() {
        Operators.Registered farm = new Operators(api).register("Nosy Farm", "FARM", false);

        assertThat(api.get("/api/v1/admin/dead-letters/batch-view", farm.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/read-models/batch-view/rebuild", null, "").status()).isEqualTo(401);
    }
}
