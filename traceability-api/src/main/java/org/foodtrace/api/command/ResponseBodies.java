package org.foodtrace.api.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.foodtrace.api.error.Problems;
import org.foodtrace.api.idempotency.StoredResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Serialises answers once, so the first answer and every replay of it are the same bytes. */
@Component
class ResponseBodies {

    private final JsonMapper json;

    ResponseBodies(JsonMapper json) {
        this.json = json;
    }

    StoredResponse serialise(Reply reply, String path) {
        if (reply.body() == null) {
            return new StoredResponse(reply.status().value(), null, new byte[0]);
        }
        if (reply.body() instanceof ProblemDetail problem) {
            return problem(problem, path);
        }
        return new StoredResponse(reply.status().value(), MediaType.APPLICATION_JSON_VALUE,
                json.writeValueAsBytes(reply.body()));
    }

    StoredResponse problem(ProblemDetail problem, String path) {
        if (problem.getInstance() == null) {
            problem.setInstance(Problems.instance(path));
        }
        return new StoredResponse(problem.getStatus(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                json.writeValueAsBytes(Problems.toMap(problem)));
    }

    /** SHA-256 of method, path and the parsed request as JSON: what "the same request" means for a key. */
    byte[] fingerprint(Write write) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((write.method() + " " + write.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(write.request()));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
