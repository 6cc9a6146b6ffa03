package org.foodtrace.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Through the real servlet container: every refusal is problem+json, whoever produced it. */
@FullStackTest
class HttpProblemsTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private static void isProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.text("code")).isEqualTo(code);
        assertThat(answer.text("type")).isNotBlank();
        assertThat(answer.text("title")).isNotBlank();
        assertThat(answer.text("detail")).isNotBlank();
    }

    @Test
    void an_unknown_path_is_404() {
        isProblem(api.get("/no/such/page", null, "Accept", "text/html"), 404, "NOT_FOUND");
        isProblem(api.get("/api/v1/nothing", Api.REGULATOR_TOKEN), 404, "NOT_FOUND");
    }

    @Test
    void a_wrong_method_is_405() {
        Answer answer = api.delete("/api/v1/trace/7K3M9QXR2HDVP0ZC", null);

        isProblem(answer, 405, "METHOD_NOT_ALLOWED");
        assertThat(answer.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void no_token_is_401() {
        isProblem(api.get("/api/v1/batches/00000000-0000-4000-8000-000000000000", null), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        isProblem(api.send("POST", "/api/v1/operators", Api.REGULATOR_TOKEN, "text/plain",
                "name=x".getBytes(StandardCharsets.UTF_8)), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void a_body_over_one_mebibyte_is_413() {
        byte[] large = ("{\"name\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        isProblem(api.send("POST", "/api/v1/operators", Api.REGULATOR_TOKEN, "application/json", large), 413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_chunked_body_over_one_mebibyte_is_413_too() throws Exception {
        String head = "POST /api/v1/operators HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Api.REGULATOR_TOKEN + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n";
        String response = raw(head, chunked(("{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}")));

        assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_request_the_firewall_refuses_is_a_400_problem() {
        isProblem(api.get("/api/v1/trace/AB%2F..%2FCD", null), 400, "INVALID_REQUEST");
    }

    @Test
    void a_malformed_request_line_refused_by_the_container_is_a_problem_too() throws Exception {
        String response = raw("GET /api/v1/trace/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "");

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .doesNotContain("<html").doesNotContain("Exception");
    }

    private String raw(String head, String body) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String chunked(String text) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < text.length(); i += 8192) {
            String chunk = text.substring(i, Math.min(text.length(), i + 8192));
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return body.append("0\r\n\r\n").toString();
    }
}
