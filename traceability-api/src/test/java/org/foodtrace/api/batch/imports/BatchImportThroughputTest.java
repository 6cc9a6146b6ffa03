package org.foodtrace.api.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.foodtrace.api.support.Answer;
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
 * A 10,000-row file (over the 1 MiB limit of other bodies) is accepted and every row becomes a batch, each
 * with its own trace code that consumers can resolve. Prints the measured rows per second.
 */
@FullStackTest
class BatchImportThroughputTest {

    static final int ROWS = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_thousand_rows_all_become_traceable_batches() {
        Api api = new Api(port);
        Operators.Registered farm = new Operators(api).register("Import Bulk Farm", "FARM", false);
        StringBuilder csv = new StringBuilder(Imports.HEADER);
        for (int i = 0; i < ROWS; i++) {
            csv.append(i % 2 == 0
                    ? "VEGETABLE,\"Bok choy, greenhouse plot %05d, harvested at dawn and packed in crates\",,%d,kg,"
                    .formatted(i, 100 + i % 50)
                    : "LIVESTOCK,Live pigs of pen %05d (finishing herd; ear-tagged; quarantine pending),PIG,%d,head,"
                    .formatted(i, 1 + i % 30))
                    .append("441702,").append(Batches.today().minusDays(1)).append(",,L-").append(i).append(",\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).as("the file is over the 1 MiB limit of other bodies").isGreaterThan(1024 * 1024);
        Imports imports = new Imports(api);

        long start = System.nanoTime();
        Answer accepted = imports.submit(farm.token(), file);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode job = imports.awaitCompleted(accepted.text("jobId"), farm.token(), Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("CSV import: %,d rows (%,d bytes) registered in %.1f s: %.0f rows/s%n", ROWS, file.length,
                seconds, ROWS / seconds);
        jdbc.sql("""
                SELECT extract(epoch FROM max(r.recorded_at) - j.started_at), extract(epoch FROM j.finished_at - max(r.recorded_at))
                FROM batch_import_job j JOIN batch_import_row r USING (job_id) WHERE j.job_id = ?
                GROUP BY j.started_at, j.finished_at""").param(accepted.text("jobId"))
                .query((rs, n) -> System.out.printf("CSV import: rows registered in %.1f s, read models caught up "
                        + "%.1f s later%n", rs.getDouble(1), rs.getDouble(2))).list();

        assertThat(job.path("total").asInt()).isEqualTo(ROWS);
        assertThat(job.path("succeeded").asInt()).isEqualTo(ROWS);
        assertThat(job.path("failed").asInt()).isZero();
        List<List<JsonNode>> outcomes = imports.allOutcomes(accepted.text("jobId"), farm.token());
        assertThat(outcomes.get(0)).isEmpty();
        List<JsonNode> created = outcomes.get(1);
        assertThat(created.stream().map(row -> row.path("line").asInt()).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(2, ROWS + 1).boxed().toList());
        Set<String> codes = new HashSet<>(created.stream().map(row -> row.path("traceCode").asString()).toList());
        assertThat(codes).hasSize(ROWS);
        assertThat(new HashSet<>(created.stream().map(row -> row.path("batchId").asString()).toList())).hasSize(ROWS);

        for (int i = 0; i < ROWS; i += 397) {
            JsonNode row = created.get(i);
            Answer trace = api.get("/api/v1/trace/" + row.path("traceCode").asString(), null);
            assertThat(trace.status()).as("line " + row.path("line") + ": " + trace).isEqualTo(200);
            assertThat(trace.text("product")).contains("%05d".formatted(i));
        }
    }
}
