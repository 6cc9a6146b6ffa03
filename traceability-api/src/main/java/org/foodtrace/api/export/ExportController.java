package org.foodtrace.api.export;

import java.time.Clock;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.export.csv.TraceCsvWriter;
import org.foodtrace.api.export.csv.TraceRowMapper;
import org.foodtrace.api.export.epcis.EpcisDocument;
import org.foodtrace.api.export.epcis.EpcisExporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regulator exports of a batch's whole lineage: EPCIS 2.0 JSON-LD and a critical-tracking-event spreadsheet.
 * Only the regulator reaches them ({@code /api/v1/exports/**} in the security configuration); an id that names
 * no batch is 404 like every unknown id.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "A batch's whole lineage, upstream and downstream, for other systems and "
        + "spreadsheets; regulator only. Mapping: docs/interop.md.")
class ExportController {

    static final String LD_JSON = "application/ld+json";
    static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

    private final LineageHistoryReader lineage;
    private final Clock clock;

    ExportController(LineageHistoryReader lineage, Clock clock) {
        this.lineage = lineage;
        this.clock = clock;
    }

    @GetMapping(path = "/epcis", produces = {LD_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "EPCIS 2.0 document of a lineage",
            description = "Every event of the batch, its ancestors and its descendants, in time order, as GS1 "
                    + "EPCIS 2.0 ObjectEvents and TransformationEvents with CBV 2.0 bizStep and disposition, "
                    + "read from the event store.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = LD_JSON,
            schema = @Schema(implementation = EpcisDocument.class)))
    EpcisDocument epcis(@Parameter(description = "Any batch of the lineage", example =
            "7b0c61f2-1b2c-4d5e-8f90-123456789abc") @RequestParam String batchId) {
        return EpcisExporter.export(read(batchId), clock);
    }

    @GetMapping(path = "/trace.csv", produces = "text/csv")
    @Operation(summary = "Spreadsheet of a lineage's critical tracking events",
            description = "One row per tracking event of every lot in the lineage with its key data elements "
                    + "(lot code, product, quantity, location, source, recipient, reference document), sorted by "
                    + "time then lot code; UTF-8 CSV with a byte-order mark.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> traceCsv(@Parameter(description = "Any batch of the lineage", example =
            "7b0c61f2-1b2c-4d5e-8f90-123456789abc") @RequestParam String batchId) {
        LineageHistory history = read(batchId);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("trace-" + history.root().traceCode() + ".csv").build().toString())
                .body(TraceCsvWriter.write(TraceRowMapper.rows(history)));
    }

    private LineageHistory read(String batchId) {
        return lineage.read(batchId).orElseThrow(() -> ApiProblem.notFound("No batch with id " + batchId + "."));
    }
}
