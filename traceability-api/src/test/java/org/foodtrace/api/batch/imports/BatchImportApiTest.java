package org.foodtrace.api.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.FullStackTest;
import org.foodtrace.api.support.Operators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * CSV import over HTTP on real PostgreSQL: a whole-file problem is a 400 naming it; each row is judged as
 * POST /api/v1/batches would judge it, by its file line, and the good rows are registered whatever the bad
 * ones; only the submitter and the regulator can follow the job.
 */
@FullStackTest
class BatchImportApiTest {

    @LocalServerPort
    int port;

    Api api;
    Operators operators;
    Imports imports;

    @BeforeEach
    void client() {
        api = new Api(port);
        operators = new Operators(api);
        imports = new Imports(api);
    }

    private static String day(int daysFromToday) {
        return Batches.today().plusDays(daysFromToday).toString();
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("code")).as(answer.toString()).isEqualTo(code);
    }

    @Test
    void good_rows_are_registered_and_each_bad_row_is_reported_by_its_file_line_and_code() {
        Operators.Registered farm = operators.register("Import Mixed Farm", "FARM", false);
        String csv = Imports.HEADER
                + "LIVESTOCK,Live pigs,PIG,20,head,441702," + day(-2) + ",,P-1,\n"                       // 2 ok
                + "VEGETABLE,Bok choy,,500,kg,4417," + day(-1) + ",,,\n"                                 // 3 400
                + "INFANT_FORMULA,Formula,,240,unit,441702," + day(-9) + ",06901234567891,F-1," + day(300) + "\n" // 4 422
                + "VEGETABLE,Cabbage,,80,kg,441702," + day(-1) + ",,,\n"                                 // 5 ok
                + "VEGETABLE,Leeks,,80,kg,441702," + day(-1) + ",,,,surplus\n"                           // 6 400
                + "VEGETABLE,Celery,,many,kg,441702," + day(-1) + ",,,\n"                                // 7 400
                + "VEGETABLE,\"Two\nlines\",,80,kg,441702," + day(-1) + ",,,\n"                          // 8-9 400
                + "VEGETABLE,\"Cabbage, Napa\",,80,kg,441702," + day(-1) + ",,,\n"                       // 10 ok
                + "\n"                                                                                      // 11 blank
                + "FISH,Carp,,80,kg,441702," + day(-1) + ",,,\n"                                        // 12 400
                + "INFANT_FORMULA,Formula,,240,unit,441702," + day(-9) + ",06901234567892,," + day(300) + "\n" // 13 422
                + "INFANT_FORMULA,Formula,,240,unit,441702," + day(-9) + ",06901234567892,F-2," + day(300) + "\n"; // 14 ok

        Answer submitted = imports.submit(farm.token(), csv);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.text("total")).isEqualTo("11");
        String jobId = submitted.text("jobId");
        assertThat(submitted.header("Location")).contains(Imports.PATH + "/" + jobId);

        JsonNode job = imports.awaitCompleted(jobId, farm.token(), Duration.ofSeconds(60));

        assertThat(job.path("total").asInt()).isEqualTo(11);
        assertThat(job.path("done").asInt()).isEqualTo(11);
        assertThat(job.path("succeeded").asInt()).isEqualTo(4);
        assertThat(job.path("failed").asInt()).isEqualTo(7);
        assertThat(job.path("created").valueStream().map(row -> row.path("line").asInt()).toList())
                .containsExactly(2, 5, 10, 14);
        List<String> errors = job.path("errors").valueStream()
                .map(row -> row.path("line").asInt() + " " + row.path("status").asInt() + " "
                        + row.path("code").asString() + " " + row.path("violations").valueStream()
                        .map(v -> v.path("field").asString()).toList())
                .toList();
        assertThat(errors).containsExactly(
                "3 400 INVALID_REQUEST [originRegion]",
                "4 422 INVALID_GTIN []",
                "6 400 INVALID_REQUEST [row]",
                "7 400 INVALID_REQUEST [quantityAmount]",
                "8 400 INVALID_REQUEST [product]",
                "12 400 INVALID_REQUEST [category]",
                "13 422 LOT_REQUIRED []");
        assertThat(job.path("errors").get(3).path("violations").get(0).path("message").asString())
                .isEqualTo("must be a finite number");
        assertThat(job.path("errors").get(0).path("violations").get(0).path("message").asString())
                .isEqualTo("must be a 6-digit administrative division code");
    }

    @Test
    void each_created_batch_belongs_to_the_submitter_and_resolves_by_its_trace_code() {
        Operators.Registered farm = operators.register("Import Owner Farm", "FARM", false);
        String jobId = imports.accepted(farm.token(), Imports.HEADER
                + "VEGETABLE,Spinach,,40,kg,441702," + day(-1) + ",,,\n");
        JsonNode created = imports.awaitCompleted(jobId, farm.token(), Duration.ofSeconds(30)).path("created").get(0);

        Answer batch = api.get("/api/v1/batches/" + created.path("batchId").asString(), farm.token());
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(batch.text("holderOperatorId")).isEqualTo(farm.id());
        assertThat(batch.text("traceCode")).isEqualTo(created.path("traceCode").asString());
        assertThat(api.get("/api/v1/trace/" + created.path("traceCode").asString(), null).status()).isEqualTo(200);
    }

    @Test
    void a_row_is_judged_like_the_same_batch_posted_as_json() {
        Operators.Registered farm = operators.register("Import Same Rules Farm", "FARM", false);
        String json = """
                {"category": "LIVESTOCK", "product": "Live pigs", "quantity": {"amount": 20, "unit": "head"},
                 "originRegion": "441702", "producedOn": "%s"}""".formatted(day(-1));
        Answer posted = api.post("/api/v1/batches", farm.token(), json);
        String jobId = imports.accepted(farm.token(), Imports.HEADER
                + "LIVESTOCK,Live pigs,,20,head,441702," + day(-1) + ",,,\n");
        JsonNode error = imports.awaitCompleted(jobId, farm.token(), Duration.ofSeconds(30)).path("errors").get(0);

        assertThat(error.path("status").asInt()).isEqualTo(posted.status());
        assertThat(error.path("code").asString()).isEqualTo(posted.text("code"));
        assertThat(error.path("message").asString()).isEqualTo(posted.text("detail"));
    }

    @Test
    void a_file_with_a_bad_header_is_refused_naming_the_problem() {
        Operators.Registered farm = operators.register("Import Header Farm", "FARM", false);

        Answer unknown = imports.submit(farm.token(), "category,product,weight,quantityUnit,originRegion,producedOn\n"
                + "VEGETABLE,Bok choy,5,kg,441702," + day(-1) + "\n");
        assertProblem(unknown, 400, "INVALID_REQUEST");
        assertThat(unknown.json().path("violations").valueStream().map(v -> v.path("message").asString()).toList())
                .anySatisfy(message -> assertThat(message).startsWith("names an unknown column 'weight'"))
                .anySatisfy(message -> assertThat(message).isEqualTo("lacks the required column 'quantityAmount'"));

        Answer noHeader = imports.submit(farm.token(), "VEGETABLE,Bok choy,,5,kg,441702," + day(-1) + ",,,\n");
        assertProblem(noHeader, 400, "INVALID_REQUEST");
        assertThat(noHeader.json().path("violations").get(0).path("field").asString()).isEqualTo("header");
    }

    @Test
    void an_empty_file_is_400_and_a_body_that_is_not_csv_is_415() {
        Operators.Registered farm = operators.register("Import Empty Farm", "FARM", false);

        assertProblem(imports.submit(farm.token(), ""), 400, "INVALID_REQUEST");
        assertProblem(imports.submit(farm.token(), Imports.HEADER), 400, "INVALID_REQUEST");
        assertProblem(api.post(Imports.PATH, farm.token(), "{\"category\": \"VEGETABLE\"}"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void a_file_over_the_import_limit_is_413() throws Exception {
        Operators.Registered farm = operators.register("Import Huge Farm", "FARM", false);
        byte[] huge = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST " + Imports.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + farm.token() + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + huge.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                socket.getOutputStream().write(huge);
            } catch (java.io.IOException answeredEarly) {
                // the server may answer from the Content-Length and close before taking the body
            }
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (java.io.IOException reset) {
                // the answer came before the reset
            }

            assertThat(answer.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void only_operators_import_and_a_suspended_one_is_refused() {
        Operators.Registered farm = operators.register("Import Suspended Farm", "FARM", false);
        String csv = Imports.HEADER + "VEGETABLE,Bok choy,,5,kg,441702," + day(-1) + ",,,\n";

        assertProblem(imports.submit(null, csv), 401, "UNAUTHENTICATED");
        assertProblem(imports.submit(Api.REGULATOR_TOKEN, csv), 403, "FORBIDDEN");
        api.post("/api/v1/operators/" + farm.id() + "/suspension", Api.REGULATOR_TOKEN, "{\"reason\": \"test\"}");
        assertProblem(imports.submit(farm.token(), csv), 403, "OPERATOR_SUSPENDED");
    }

    @Test
    void a_job_is_readable_by_its_submitter_and_the_regulator_only() {
        Operators.Registered farm = operators.register("Import Reader Farm", "FARM", false);
        Operators.Registered other = operators.register("Import Other Farm", "FARM", false);
        String jobId = imports.accepted(farm.token(), Imports.HEADER
                + "VEGETABLE,Bok choy,,5,kg,441702," + day(-1) + ",,,\n");
        String path = Imports.PATH + "/" + jobId;

        assertProblem(api.get(path, other.token()), 404, "NOT_FOUND");
        assertProblem(api.get(path, null), 401, "UNAUTHENTICATED");
        assertProblem(api.get(Imports.PATH + "/not-a-job", farm.token()), 404, "NOT_FOUND");
        assertThat(api.get(path, Api.REGULATOR_TOKEN).status()).isEqualTo(200);
        assertThat(api.get(path, farm.token()).status()).isEqualTo(200);
    }

    @Test
    void the_same_idempotency_key_and_file_answer_the_first_job_again() {
        Operators.Registered farm = operators.register("Import Replay Farm", "FARM", false);
        String csv = Imports.HEADER + "VEGETABLE,Bok choy,,5,kg,441702," + day(-1) + ",,,\n";

        Answer first = imports.submit(farm.token(), csv, "Idempotency-Key", "import-1");
        Answer again = imports.submit(farm.token(), csv, "Idempotency-Key", "import-1");
        Answer different = imports.submit(farm.token(), csv + csv.substring(Imports.HEADER.length()),
                "Idempotency-Key", "import-1");

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.text("jobId")).isEqualTo(first.text("jobId"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertProblem(different, 409, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void outcomes_are_paged_in_line_order() {
        Operators.Registered farm = operators.register("Import Pages Farm", "FARM", false);
        StringBuilder csv = new StringBuilder(Imports.HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append("VEGETABLE,Bok choy ").append(i).append(",,5,kg,").append(i == 2 ? "1" : "441702")
                    .append(',').append(LocalDate.parse(day(-1))).append(",,,\n");
        }
        String jobId = imports.accepted(farm.token(), csv.toString());
        imports.awaitCompleted(jobId, farm.token(), Duration.ofSeconds(30));

        JsonNode first = api.get(Imports.PATH + "/" + jobId + "?limit=2", farm.token()).json();
        assertThat(first.path("created").valueStream().map(row -> row.path("line").asInt()).toList())
                .containsExactly(2, 3);
        assertThat(first.path("page").path("nextAfter").asInt()).isEqualTo(3);
        JsonNode second = api.get(Imports.PATH + "/" + jobId + "?after=3&limit=2", farm.token()).json();
        assertThat(second.path("errors").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(second.path("created").get(0).path("line").asInt()).isEqualTo(5);
        JsonNode last = api.get(Imports.PATH + "/" + jobId + "?after=5&limit=2", farm.token()).json();
        assertThat(last.path("created").get(0).path("line").asInt()).isEqualTo(6);
        assertThat(last.path("page").path("nextAfter").isNull()).isTrue();
        assertProblem(api.get(Imports.PATH + "/" + jobId + "?limit=100000", farm.token()), 400, "INVALID_REQUEST");
    }
}
