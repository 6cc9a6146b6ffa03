package org.foodtrace.api.support;

import java.net.http.HttpResponse;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP answer as tests look at it: status, headers, body text, body as JSON. */
public record Answer(int status, HttpResponse<byte[]> raw) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String body() {
        return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        return raw.body();
    }

    public JsonNode json() {
        return JSON.readTree(raw.body());
    }

    /** A top-level (or dotted) member as text. */
    public String text(String path) {
        JsonNode node = json();
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
        return status + " " + body();
    }
}
