package org.foodtrace.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.api.security.ApiTokenStore;
import org.foodtrace.api.security.ApiTokens;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export endpoints over HTTP, reading a lineage stored in Axon's event store on real PostgreSQL (events
 * written through the store as the aggregates write them, serialized by the app's Jackson 3 serializer).
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportEndpointsTest {

    private static final String REGULATOR_TOKEN = Api.REGULATOR_TOKEN;
    private static final String OPERATOR_TOKEN = "export-test-operator-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    ApiTokenStore tokens;

    private final InMemoryLineage lineage = new InMemoryLineage();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void storeTheLineage() {
        tokens.store(lineage.stallA, ApiTokens.hash(OPERATOR_TOKEN), Instant.now());
        for (Map.Entry<String, List<RecordedEvent>> aggregate : lineage.all().entrySet()) {
            for (RecordedEvent event : aggregate.getValue()) {
                eventStore.publish(new GenericDomainEventMessage<>(
                        event.payload() instanceof org.foodtrace.core.operator.api.OperatorRegistered
                                ? "Operator" : "Batch",
                        event.aggregateId(), event.sequence(), event.payload()));
            }
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return get(path, REGULATOR_TOKEN);
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> exports(String batchId) {
        return List.of("/api/v1/exports/epcis?batchId=" + batchId, "/api/v1/exports/trace.csv?batchId=" + batchId);
    }

    @Test
    void without_a_token_the_exports_are_401() throws Exception {
        for (String path : exports(lineage.carcass)) {
            HttpResponse<byte[]> response = get(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void an_operator_even_one_that_held_the_batch_is_403() throws Exception {
        for (String path : exports(lineage.toStallA)) {
            HttpResponse<byte[]> response = get(path, OPERATOR_TOKEN);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(JSON.readTree(response.body()).path("code").asString()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void the_regulator_gets_both_exports() throws Exception {
        for (String path : exports(lineage.toStallA)) {
            assertThat(get(path, REGULATOR_TOKEN).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void epcis_export_is_json_ld_of_the_whole_lineage_and_valid_by_gs1_schema() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/exports/epcis?batchId=" + lineage.carcass);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(EpcisSchema.violations(body)).isEmpty();
        JsonNode document = JSON.readTree(body);
        assertThat(document.path("epcisBody").path("eventList").size()).isEqualTo(14);
        assertThat(body).contains("urn:foodtrace:lot:" + lineage.code(lineage.pigs))
                .contains("urn:foodtrace:sale:sale-B1").contains("阳江定点屠宰场");
    }

    @Test
    void event_ids_are_those_of_the_event_store() throws Exception {
        String body = new String(get("/api/v1/exports/epcis?batchId=" + lineage.pigs).body(),
                java.nio.charset.StandardCharsets.UTF_8);

        String registration = eventStore.readEvents(lineage.pigs, 0L).next().getIdentifier();
        assertThat(body).contains("\"eventID\":\"urn:uuid:" + registration + "\"");
    }

    @Test
    void csv_export_is_utf8_with_bom_and_parses_back() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/exports/trace.csv?batchId=" + lineage.formulaToSupermarket);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment").contains(lineage.code(lineage.formulaToSupermarket)));
        List<Map<String, String>> rows = TraceCsvTest.parse(response.body());
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0).get("Product")).isEqualTo("婴儿配方奶粉 Stage 1 800g");
    }

    @Test
    void the_openapi_document_describes_both_exports() throws Exception {
        String openApi = new String(get("/v3/api-docs", null).body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(openApi).contains("/api/v1/exports/epcis").contains("/api/v1/exports/trace.csv")
                .contains("application/ld+json").contains("text/csv");
    }

    @Test
    void a_missing_batch_id_is_400_problem_json() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/exports/epcis");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void an_unknown_batch_is_404_problem_json() throws Exception {
        for (String path : List.of("/api/v1/exports/epcis?batchId=7b0c61f2-1b2c-4d5e-8f90-123456789abc",
                "/api/v1/exports/trace.csv?batchId=not-a-batch")) {
            HttpResponse<byte[]> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).path("code").asString()).isEqualTo("NOT_FOUND");
            assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(404);
        }
    }
}
