package org.foodtrace.api.batch.imports;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.command.Reply;
import org.foodtrace.api.command.WriteContext;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.operator.OperatorDirectory;
import org.foodtrace.api.security.Caller;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Registering many batches from one CSV file, as a background job the submitter follows. */
@RestController
@RequestMapping(BatchImportController.PATH)
@Tag(name = "Batches", description = "Batches from farm or factory to stall.")
public class BatchImportController {

    public static final String PATH = "/api/v1/batches/import";
    static final String CSV = "text/csv";

    private final CommandRunner runner;
    private final OperatorDirectory operators;
    private final ImportJobStore store;
    private final ImportWorker worker;
    private final ImportProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    BatchImportController(CommandRunner runner, OperatorDirectory operators, ImportJobStore store,
                          ImportWorker worker, ImportProperties properties, JsonMapper json, Clock clock) {
        this.runner = runner;
        this.operators = operators;
        this.store = store;
        this.worker = worker;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(consumes = CSV)
    @Operation(summary = "Import batches from a CSV file", description = "UTF-8 CSV (optional BOM), header row "
            + "then one batch per row, columns as the fields of POST /api/v1/batches: category, product, species, "
            + "quantityAmount, quantityUnit, originRegion, producedOn, gtin, lot, expiresOn (category, product, "
            + "quantityAmount, quantityUnit, originRegion and producedOn required). The calling operator becomes "
            + "producer and holder of every batch. Each row is validated and registered exactly as POST "
            + "/api/v1/batches; a refused row is recorded with its line (header = line 1) and the others go on. "
            + "At most trace.imports.max-file-size (16 MiB) and trace.imports.max-rows (50,000) rows. A bad header, "
            + "encoding or quoting refuses the whole file with 400.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = CSV,
            schema = @Schema(type = "string"), examples = @ExampleObject("""
            category,product,species,quantityAmount,quantityUnit,originRegion,producedOn,gtin,lot,expiresOn
            LIVESTOCK,Live pigs,PIG,20,head,441702,2026-11-20,,P-2026-1120,
            VEGETABLE,Bok choy,,500,kg,441702,2026-11-22,,,
            INFANT_FORMULA,Stage 1 formula,,240,unit,441702,2026-11-01,06901234567892,F-1101,2028-05-01""")))
    @ApiResponse(responseCode = "202", description = "Accepted; Location names the job.",
            content = @Content(schema = @Schema(implementation = ImportAccepted.class)))
    public ResponseEntity<Object> submit(@RequestBody(required = false) byte[] csv, WriteContext context) {
        byte[] file = csv == null ? new byte[0] : csv;
        int total = BatchCsv.parse(file, properties.maxRows()).size();
        String jobId = UUID.randomUUID().toString();
        ResponseEntity<Object> answer = runner.execute(context.write(new ImportRequest(sha256(file))), () -> {
            Actor producer = operators.actorFor(context.caller());
            if (producer.suspended()) {
                throw new DomainRuleViolation(RuleCode.OPERATOR_SUSPENDED,
                        "operator " + producer.actorId() + " is suspended");
            }
            store.create(new ImportJob(jobId, producer.actorId(), ImportStatus.QUEUED, total, clock.instant(),
                    null, null, null), file);
            return Reply.accepted(new ImportAccepted(jobId, ImportStatus.QUEUED, total));
        });
        if (answer.getStatusCode() != HttpStatus.ACCEPTED || !(answer.getBody() instanceof byte[] body)) {
            return answer;
        }
        String acceptedJob = json.readTree(body).path("jobId").asString();
        if (acceptedJob.equals(jobId)) {
            worker.submit(jobId);
        }
        return ResponseEntity.status(answer.getStatusCode())
                .headers(HttpHeaders.copyOf(answer.getHeaders()))
                .location(URI.create(PATH + "/" + acceptedJob))
                .body(body);
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "Follow an import job", description = "For the operator that submitted it and the "
            + "regulator; anyone else gets 404. Counts cover the whole file; errors and created hold one page of "
            + "row outcomes in line order: those after line `after`, at most `limit` (default and maximum "
            + "trace.imports.page-size, 1,000); page.nextAfter is the `after` of the next page, null on the last.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportJobView.class),
            examples = @ExampleObject("""
            {"jobId": "3f1c2b4a-9d8e-4f7a-b6c5-d4e3f2a1b0c9", "status": "COMPLETED", "total": 3, "done": 3,
             "succeeded": 2, "failed": 1, "submittedAt": "2026-11-23T08:00:00Z",
             "startedAt": "2026-11-23T08:00:00Z", "finishedAt": "2026-11-23T08:00:01Z",
             "errors": [{"line": 3, "status": 400, "code": "INVALID_REQUEST", "message": "The row is malformed.",
                         "violations": [{"field": "originRegion",
                                         "message": "must be a 6-digit administrative division code"}]}],
             "created": [{"line": 2, "batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7",
                          "traceCode": "7K3M9QXR2HDVP0ZC"},
                         {"line": 4, "batchId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                          "traceCode": "Q1W2E3R4T5Y6U7I8"}],
             "page": {"after": 0, "limit": 1000, "nextAfter": null}}""")))
    public ImportJobView job(@PathVariable String jobId,
                             @RequestParam(defaultValue = "0") int after,
                             @RequestParam(required = false) Integer limit,
                             @AuthenticationPrincipal @Parameter(hidden = true) Caller caller) {
        String id = Ids.fromPath(jobId);
        ImportJob job = store.find(id)
                .filter(found -> caller.regulator() || found.operatorId().equals(caller.id()))
                .orElseThrow(() -> ApiProblem.notFound("No import job with id " + jobId + "."));
        if (after < 0) {
            throw ApiProblem.invalid("after", "must be 0 or a line number");
        }
        int pageSize = limit == null ? properties.pageSize() : limit;
        if (pageSize < 1 || pageSize > properties.pageSize()) {
            throw ApiProblem.invalid("limit", "must be between 1 and " + properties.pageSize());
        }
        return view(job, after, pageSize);
    }

    private ImportJobView view(ImportJob job, int after, int limit) {
        ImportJobStore.Progress progress = store.progress(job.jobId());
        List<RowOutcome> page = store.outcomes(job.jobId(), after, limit + 1);
        boolean more = page.size() > limit;
        List<RowOutcome> shown = more ? page.subList(0, limit) : page;
        return new ImportJobView(job.jobId(), job.status(), job.total(),
                progress.succeeded() + progress.failed(), progress.succeeded(), progress.failed(),
                job.submittedAt(), job.startedAt(), job.finishedAt(),
                shown.stream().filter(outcome -> !outcome.isCreated())
                        .map(o -> new ImportJobView.RowError(o.line(), o.status(), o.code(), o.message(),
                                o.violations()))
                        .toList(),
                shown.stream().filter(RowOutcome::isCreated)
                        .map(o -> new ImportJobView.RowCreated(o.line(), o.batchId(), o.traceCode()))
                        .toList(),
                new ImportJobView.Page(after, limit, more ? shown.get(shown.size() - 1).line() : null));
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What an Idempotency-Key compares: the file, by its SHA-256. */
    record ImportRequest(String fileSha256) {
    }
}
