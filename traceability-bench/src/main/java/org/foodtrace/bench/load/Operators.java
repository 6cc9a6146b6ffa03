package org.foodtrace.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.foodtrace.core.shared.TraceZone;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest runs' operators, registered through the API by the regulator (their tokens are only ever
 * returned there): one farm and one wholesale market per connection, so no two connections touch one batch.
 */
public final class Operators {

    /** A farm that registers and sends batches to its market, which admits, inspects and sells them. */
    public record Pair(String farm, String farmToken, String market, String marketToken) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String regulatorToken;
    private final HttpClient http = HttpClient.newHttpClient();

    public Operators(String baseUrl, String regulatorToken) {
        this.baseUrl = baseUrl;
        this.regulatorToken = regulatorToken;
    }

    public List<Pair> register(int pairs) throws IOException, InterruptedException {
        List<Pair> registered = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            JsonNode farm = register("Bench Farm " + i, "FARM", "BENCH-F-" + i);
            JsonNode market = register("Bench Wholesale Market " + i, "WHOLESALE_MARKET", "BENCH-M-" + i);
            registered.add(new Pair(farm.get("operatorId").asString(), farm.get("apiToken").asString(),
                    market.get("operatorId").asString(), market.get("apiToken").asString()));
        }
        return registered;
    }

    /** Writes ingest.lua's configuration: the pairs, dates valid today in the service's zone, a pause. */
    public static Path writeIngestConfig(Path file, List<Pair> pairs, String run, int pauseMillis)
            throws IOException {
        LocalDate today = TraceZone.dateOf(java.time.Instant.now());
        StringBuilder lua = new StringBuilder("return {\n  run = \"").append(run).append("\",\n")
                .append("  producedOn = \"").append(today.minusDays(1)).append("\",\n")
                .append("  issuedOn = \"").append(today.minusDays(1)).append("\",\n")
                .append("  validUntil = \"").append(today.plusDays(7)).append("\",\n")
                .append("  pauseMs = ").append(pauseMillis).append(",\n  pairs = {\n");
        for (Pair pair : pairs) {
            lua.append("    {farm = \"").append(pair.farm()).append("\", farmToken = \"").append(pair.farmToken())
                    .append("\", market = \"").append(pair.market()).append("\", marketToken = \"")
                    .append(pair.marketToken()).append("\"},\n");
        }
        lua.append("  }\n}\n");
        return Files.writeString(file, lua);
    }

    private JsonNode register(String name, String kind, String licence) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("name", name).put("kind", kind)
                .put("licenseNumber", licence).put("region", "441702").put("designatedSlaughterhouse", false));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/operators"))
                .header("Authorization", "Bearer " + regulatorToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registering " + name + ": " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
