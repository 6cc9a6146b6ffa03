package org.foodtrace.bench.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds one read model the way an operator does after fixing its projection: {@code POST
 * /api/v1/admin/read-models/{group}/rebuild} (its tables emptied, its processor replays the whole store while the
 * other read models go on), then {@code GET /api/v1/admin/read-models/{group}} every 100 ms until it answers
 * {@code caughtUp: true}.
 */
public final class ReadModelRebuild {

    public record Result(String group, long events, double seconds, double eventsPerSecond, boolean complete) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String regulatorToken;

    public ReadModelRebuild(String baseUrl, String regulatorToken) {
        this.baseUrl = baseUrl;
        this.regulatorToken = regulatorToken;
    }

    public Result run(String group, long events, Duration timeout) throws IOException, InterruptedException {
        Instant started = Instant.now();
        JsonNode answer = call("POST", "/api/v1/admin/read-models/" + group + "/rebuild");
        Instant deadline = started.plus(timeout);
        while (!answer.path("caughtUp").asBoolean(false) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            answer = call("GET", "/api/v1/admin/read-models/" + group);
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        boolean complete = answer.path("caughtUp").asBoolean(false);
        return new Result(group, events, seconds, complete ? events / seconds : 0, complete);
    }

    private JsonNode call(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + regulatorToken).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
