package org.foodtrace.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.foodtrace.api.support.ExcludeOtherModulesTestApplications;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trace.regulator-token=" + OperationalEndpointsTest.REGULATOR_TOKEN)
@ContextConfiguration(initializers = FreshDatabase.class)
@TypeExcludeFilters(ExcludeOtherModulesTestApplications.class)
class OperationalEndpointsTest {

    static final String REGULATOR_TOKEN = "ops-regulator-token";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAsRegulator(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + REGULATOR_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_is_up_without_a_token() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readiness_includes_the_database_and_liveness_is_separate() throws Exception {
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_metrics_are_exposed_to_the_regulator() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);

        HttpResponse<String> metrics = getAsRegulator("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void openapi_document_and_swagger_ui_are_served() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("\"openapi\"");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
