package org.foodtrace.api.trace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.foodtrace.projections.trace.TraceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The consumer's scan: where the food came from, which checks it passed, whether it is recalled. */
@RestController
@Tag(name = "Public trace", description = "No token needed; rate-limited per client address.")
public class TraceController {

    private final TraceLookup lookup;

    public TraceController(TraceLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/v1/trace/{traceCode}")
    @SecurityRequirements
    @Operation(summary = "Trace a code", description = "From the sold lot back to the farm; no tokens, licence "
            + "numbers or buyers. headHash is the hash of the batch's last recorded event; verified is true when "
            + "the records of the batch and its ancestors matched their hash chain (integrity VERIFIED, BROKEN or "
            + "UNVERIFIABLE). A code that does not resolve is 404 UNKNOWN_TRACE_CODE, or "
            + "CHECK_CHARACTER_MISMATCH when it was mistyped.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TraceView.class),
            examples = @ExampleObject("""
            {"traceCode": "Q1W2E3R4T5Y6U7I8", "product": "Pork carcass halves", "category": "LIVESTOCK",
             "recalled": false,
             "origin": {"region": "441702", "producerName": "Pinggang Pig Farm",
                        "certificate": {"type": "ANIMAL_QUARANTINE", "number": "4417020012345"}},
             "journey": [{"step": "REGISTERED", "at": "2026-11-20T01:00:00Z", "operatorName": "Pinggang Pig Farm",
                          "region": "441702"},
                         {"step": "SLAUGHTERED", "at": "2026-11-22T02:00:00Z",
                          "operatorName": "Yangjiang Designated Slaughterhouse", "region": "441702"}],
             "inspections": [], "upstream": ["7K3M9QXR2HDVP0ZC"],
             "headHash": "5b0f3c1e8a7d6f4b2c9e0a1d3f5b7c9e1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d",
             "verified": true, "integrity": "VERIFIED"}""")))
    public TraceView trace(@PathVariable String traceCode) {
        return lookup.find(traceCode);
    }
}
