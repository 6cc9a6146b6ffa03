package org.foodtrace.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the process under test; transport failures come back as status -1. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path, String token) {
        return send("GET", path, token, (byte[]) null, Map.of());
    }

    Reply post(String path, String token, String body, String... headerPairs) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return send("POST", path, token, body, headers);
    }

    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        return send(method, path, token, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers);
    }

    Reply send(String method, String path, String token, byte[] body, Map<String, String> headers) {
        if (body != null && body.length > 1024 * 1024) {
            return sendHuge(method, path, token, body, headers);
        }
        return sendOnce(method, path, token, body, headers);
    }

    /**
     * A huge body over a plain socket: the server may answer 413 from the Content-Length and close the connection
     * while the body is still being written, so a failed write is expected and the answer is read regardless
     * (HttpClient then reports a reset or a broken chunked read instead of the answer).
     */
    private Reply sendHuge(String method, String path, String token, byte[] body, Map<String, String> headers) {
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + ":" + uri.getPort() + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server answered before taking the whole body
            }
            byte[] answer = readAll(socket.getInputStream());
            String text = new String(answer, java.nio.charset.StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || headerEnd < 0) {
                return new Reply(-1, "", "no HTTP answer: " + text);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            String contentType = "";
            for (String line : text.substring(0, headerEnd).split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                }
            }
            return new Reply(status, contentType, text.substring(headerEnd + 4));
        } catch (java.io.IOException e) {
            return new Reply(-1, "", e.toString());
        }
    }

    private static byte[] readAll(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketException resetAfterAnswer) {
            // a reset after the answer arrived still leaves the answer readable
        }
        return bytes.toByteArray();
    }

    private Reply sendOnce(String method, String path, String token, byte[] body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Retry-After").orElse(""));
        } catch (java.io.IOException e) {
            return new Reply(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", e.toString());
        }
    }

    // ---- the domain steps the tests need ----

    String registerOperator(String name, String kind) {
        Reply reply = post("/api/v1/operators", AppProcess.REGULATOR_TOKEN, """
                {"name": "%s", "kind": "%s", "licenseNumber": "LIC-%s", "region": "441702",
                 "designatedSlaughterhouse": false}""".formatted(name, kind, name.hashCode()));
        reply.expect(201);
        return reply.body;
    }

    static String vegetables(String kilograms) {
        return """
                {"category": "VEGETABLE", "product": "Bok choy", "quantity": {"amount": %s, "unit": "kg"},
                 "originRegion": "441702", "producedOn": "%s"}""".formatted(kilograms, TODAY.minusDays(1));
    }

    /** Registers vegetables at the farm, sends them to the market, the market admits them; the batch id. */
    String admittedVegetables(String farmToken, String marketId, String marketToken, String kilograms) {
        Reply registered = post("/api/v1/batches", farmToken, vegetables(kilograms)).expect(201);
        String batchId = registered.text("batchId");
        String certificate = "CC-" + registered.text("traceCode");
        post("/api/v1/batches/" + batchId + "/origin-exit", farmToken, """
                {"certificate": {"type": "COMPLIANCE_COMMITMENT", "number": "%s", "issuedBy": "Yangdong station",
                                 "issuedOn": "%s", "validUntil": "%s"},
                 "destinationOperatorId": "%s"}""".formatted(certificate, TODAY, TODAY.plusDays(3), marketId))
                .expect(200);
        post("/api/v1/batches/" + batchId + "/market-entry", marketToken,
                "{\"certificateNumber\": \"" + certificate + "\"}").expect(200);
        return batchId;
    }

    record Reply(int status, String contentType, String body, String retryAfter) {

        Reply(int status, String contentType, String body) {
            this(status, contentType, body, "");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + this);
            }
            return this;
        }

        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }
}
