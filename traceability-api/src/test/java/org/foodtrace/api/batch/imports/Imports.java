package org.foodtrace.api.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import tools.jackson.databind.JsonNode;

/** CSV imports through the API, for tests: submit a file, wait for its job, read every page of outcomes. */
final class Imports {

    static final String PATH = "/api/v1/batches/import";
    static final String HEADER =
            "category,product,species,quantityAmount,quantityUnit,originRegion,producedOn,gtin,lot,expiresOn\n";

    private final Api api;

    Imports(Api api) {
        this.api = api;
    }

    Answer submit(String token, String csv, String... headers) {
        return submit(token, csv.getBytes(StandardCharsets.UTF_8), headers);
    }

    Answer submit(String token, byte[] csv, String... headers) {
        return api.send("POST", PATH, token, "text/csv", csv, headers);
    }

    /** Submits the file, expects 202, and returns the job id. */
    String accepted(String token, String csv) {
        Answer answer = submit(token, csv);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return answer.text("jobId");
    }

    JsonNode awaitCompleted(String jobId, String token, Duration atMost) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            Answer answer = api.get(PATH + "/" + jobId, token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            last[0] = answer.json();
            return "COMPLETED".equals(last[0].path("status").asString());
        });
        return last[0];
    }

    /** Every page of the job's outcomes: [errors, created] over the whole file. */
    List<List<JsonNode>> allOutcomes(String jobId, String token) {
        List<JsonNode> errors = new ArrayList<>();
        List<JsonNode> created = new ArrayList<>();
        String after = "0";
        while (after != null) {
            Answer page = api.get(PATH + "/" + jobId + "?after=" + after, token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().path("errors").forEach(errors::add);
            page.json().path("created").forEach(created::add);
            JsonNode next = page.json().path("page").path("nextAfter");
            after = next.isNull() || next.isMissingNode() ? null : next.asString();
        }
        return List.of(errors, created);
    }
}
