package org.foodtrace.api.gs1;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.error.Violation;
import org.foodtrace.api.trace.TraceLookup;
import org.foodtrace.core.gs1.Gtin;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.projections.batch.BatchView;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.gs1.Gs1Queries;
import org.foodtrace.projections.trace.TraceView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** GS1 Digital Link resolver for the lot a producer registered with a GTIN. */
@RestController
@Tag(name = "Public trace")
public class DigitalLinkController {

    private final Gs1Queries gs1;
    private final BatchViewQueries batches;
    private final TraceLookup traces;

    public DigitalLinkController(Gs1Queries gs1, BatchViewQueries batches, TraceLookup traces) {
        this.gs1 = gs1;
        this.batches = batches;
        this.traces = traces;
    }

    @GetMapping("/01/{gtin}/10/{lot}")
    @SecurityRequirements
    @Operation(summary = "Resolve a GS1 Digital Link", description = "200 with the trace JSON when the client "
            + "asks for application/json; otherwise 302 to the consumer page /t/{traceCode}. A malformed GTIN is "
            + "400 (code INVALID_GTIN); an unknown GTIN and lot 404 UNKNOWN_TRACE_CODE.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TraceView.class)))
    @ApiResponse(responseCode = "302", description = "Location: /t/{traceCode}")
    public ResponseEntity<Object> resolve(@PathVariable String gtin, @PathVariable String lot,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String batchId = gs1.findBatch(gtin14(gtin), lot).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                ProblemCodes.UNKNOWN_TRACE_CODE, "No batch is registered with this GTIN and lot."));
        String traceCode = batches.find(batchId).map(BatchView::traceCode).orElseThrow(() -> new ApiProblem(
                HttpStatus.NOT_FOUND, ProblemCodes.UNKNOWN_TRACE_CODE, "No batch is registered with this GTIN and lot."));
        if (wantsJson(accept)) {
            return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .contentType(MediaType.APPLICATION_JSON).body(traces.find(traceCode));
        }
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .location(URI.create("/t/" + traceCode)).build();
    }

    private static String gtin14(String gtin) {
        try {
            return Gtin.of(gtin).value();
        } catch (DomainRuleViolation violation) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, RuleCode.INVALID_GTIN.name(), "The GTIN is not valid.",
                    List.of(new Violation("gtin", violation.getMessage())));
        }
    }

    /** An explicit JSON type in Accept; wildcards (browsers, curl's default) get the redirect. */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && !type.isWildcardSubtype() && type.getQualityValue() > 0
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || (type.getSubtypeSuffix() != null && type.getSubtypeSuffix().equals("json"))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
