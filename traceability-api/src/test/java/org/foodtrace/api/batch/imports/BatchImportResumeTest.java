package org.foodtrace.api.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A job cut short (its worker stopped as at shutdown, or the node gone before it began) is finished when the
 * workers start again, and no row of it is registered twice.
 */
@FullStackTest
class BatchImportResumeTest {

    @LocalServerPort
    int port;

    @Autowired
    ImportWorker worker;

    @Autowired
    ImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    private static String rows(int count, String product) {
        StringBuilder csv = new StringBuilder(Imports.HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("VEGETABLE,").append(product).append(' ').append(i).append(",,10,kg,441702,")
                    .append(Batches.today().minusDays(1)).append(",,,\n");
        }
        return csv.toString();
    }

    private int batchesProducedBy(String operatorId) {
        return jdbc.sql("SELECT count(*) FROM batch_view WHERE producer_operator_id = ?").param(operatorId)
                .query(Integer.class).single();
    }

    private void assertEveryRowOnce(Imports imports, String jobId, String token, String operatorId, int rows) {
        JsonNode job = imports.awaitCompleted(jobId, token, Duration.ofMinutes(5));
        assertThat(job.path("succeeded").asInt()).isEqualTo(rows);
        assertThat(job.path("failed").asInt()).isZero();
        List<JsonNode> created = imports.allOutcomes(jobId, token).get(1);
        assertThat(new HashSet<>(created.stream().map(row -> row.path("line").asInt()).toList())).hasSize(rows);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(batchesProducedBy(operatorId)).isEqualTo(rows));
    }

    @Test
    void a_job_stopped_half_way_resumes_on_start_without_registering_a_row_twice() throws Exception {
        Api api = new Api(port);
        Imports imports = new Imports(api);
        Operators.Registered farm = new Operators(api).register("Import Resume Farm", "FARM", false);
        int rows = 3_000;
        String jobId = imports.accepted(farm.token(), rows(rows, "Resumed cabbage"));

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> store.progress(jobId).succeeded() >= 300);
        worker.stop();
        int doneWhenStopped;
        try {
            doneWhenStopped = store.progress(jobId).succeeded();
            assertThat(store.find(jobId).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
            assertThat(doneWhenStopped).as("the worker stopped half-way (else make the file larger)")
                    .isLessThan(rows);
            Thread.sleep(500);
            assertThat(store.progress(jobId).succeeded()).as("nothing runs while stopped").isEqualTo(doneWhenStopped);
            assertThat(batchesProducedBy(farm.id())).isLessThanOrEqualTo(doneWhenStopped);
        } finally {
            worker.start();
        }

        assertEveryRowOnce(imports, jobId, farm.token(), farm.id(), rows);
    }

    @Test
    void a_job_accepted_but_never_started_runs_when_the_workers_start() {
        Api api = new Api(port);
        Imports imports = new Imports(api);
        Operators.Registered farm = new Operators(api).register("Import Queued Farm", "FARM", false);
        String jobId = "0c8a3e4b-1d2f-4a5b-9c6d-7e8f9a0b1c2d";
        byte[] csv = rows(40, "Queued leeks").getBytes(StandardCharsets.UTF_8);

        worker.stop();
        try {
            store.create(new ImportJob(jobId, farm.id(), ImportStatus.QUEUED, 40, Instant.now(), null, null, null),
                    csv);
            assertThat(store.find(jobId).orElseThrow().status()).isEqualTo(ImportStatus.QUEUED);
        } finally {
            worker.start();
        }

        assertEveryRowOnce(imports, jobId, farm.token(), farm.id(), 40);
    }
}
