package org.foodtrace.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every endpoint, with examples, bearer auth, idempotency and problems. */
@FullStackTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void every_endpoint_is_documented_with_its_answers() {
        Answer docs = new Api(port).get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");

        assertThat(paths.propertyNames()).contains("/api/v1/operators", "/api/v1/operators/{operatorId}",
                "/api/v1/operators/{operatorId}/suspension", "/api/v1/batches", "/api/v1/batches/{batchId}",
                "/api/v1/batches/{batchId}/origin-exit", "/api/v1/batches/{batchId}/dispatch",
                "/api/v1/batches/{batchId}/market-entry", "/api/v1/batches/{batchId}/inspections",
                "/api/v1/batches/{batchId}/slaughter", "/api/v1/batches/{batchId}/split",
                "/api/v1/transformations", "/api/v1/batches/{batchId}/sales", "/api/v1/batches/{batchId}/disposal",
                "/api/v1/batches/{batchId}/lineage", "/api/v1/trace/{traceCode}", "/api/v1/trace/{traceCode}/qr.png",
                "/api/v1/trace/{traceCode}/qr.svg", "/01/{gtin}/10/{lot}", "/api/v1/batches/import",
                "/api/v1/batches/import/{jobId}", "/api/v1/alerts", "/api/v1/alerts/{alertId}");
        JsonNode sale = paths.path("/api/v1/batches/{batchId}/sales").path("post");
        assertThat(sale.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .contains("batchId", "Idempotency-Key").doesNotContain("context");
        assertThat(sale.path("requestBody").toString()).contains("example");
        assertThat(sale.path("responses").propertyNames()).contains("201", "400", "401", "403", "404", "409", "422");
        assertThat(sale.path("responses").path("422").path("content").path("application/problem+json").isObject())
                .isTrue();
        assertThat(docs.json().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(paths.path("/api/v1/batches/import").path("post").path("requestBody").path("content")
                .propertyNames()).containsExactly("text/csv");
        for (String operation : List.of("/api/v1/operators", "/api/v1/batches", "/api/v1/batches/import")) {
            assertThat(paths.path(operation).path("post").path("summary").asString()).isNotBlank();
        }
    }

    @Test
    void swagger_ui_is_served_at_swagger_ui_html() {
        Answer ui = new Api(port).get("/swagger-ui.html", null);

        assertThat(ui.status()).isIn(200, 302);
    }
}
