package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.command.Reply;
import org.foodtrace.api.command.WriteContext;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.operator.OperatorDirectory;
import org.foodtrace.api.security.Caller;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.projections.batch.BatchViewQueries;
import org.foodtrace.projections.lineage.LineageGraph;
import org.foodtrace.projections.lineage.LineageQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Registering a batch at its producer, reading it, and following its lineage. */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "Batches", description = "Batches from farm or factory to stall.")
public class BatchController {

    private final CommandRunner runner;
    private final BatchRegistration registration;
    private final OperatorDirectory operators;
    private final NewIdentities identities;
    private final BatchViewQueries batches;
    private final LineageQueries lineage;
    private final BatchAccess access;
    private final BatchRepresentation representation;

    public BatchController(CommandRunner runner, BatchRegistration registration, OperatorDirectory operators,
                           NewIdentities identities, BatchViewQueries batches, LineageQueries lineage,
                           BatchAccess access, BatchRepresentation representation) {
        this.runner = runner;
        this.registration = registration;
        this.operators = operators;
        this.identities = identities;
        this.batches = batches;
        this.lineage = lineage;
        this.access = access;
        this.representation = representation;
    }

    @PostMapping
    @Operation(summary = "Register a batch", description = "The calling operator becomes producer and holder. "
            + "INFANT_FORMULA and ALCOHOL need a valid GTIN (422 INVALID_GTIN for a wrong check digit), a lot and "
            + "(formula) an expiry date.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"category": "LIVESTOCK", "product": "Live pigs", "species": "PIG",
             "quantity": {"amount": 20, "unit": "head"}, "originRegion": "441702",
             "producedOn": "2026-11-20", "gtin": null, "lot": "P-2026-1120", "expiresOn": null}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BatchCreated.class)))
    public ResponseEntity<Object> register(@Valid @RequestBody RegisterBatchRequest body, WriteContext context) {
        BatchCreated created = identities.batch();
        return runner.execute(context.write(body, created.batchId()), () ->
                Reply.created(registration.register(body, created, operators.actorFor(context.caller()))));
    }

    @GetMapping("/{batchId}")
    @Operation(summary = "Read a batch", description = "For the regulator and any operator that ever held the "
            + "batch; anyone else gets 404.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7", "traceCode": "7K3M9QXR2HDVP0ZC",
             "category": "VEGETABLE", "product": "Bok choy",
             "holderOperatorId": "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d",
             "quantity": {"registered": {"amount": 500, "unit": "kg"}, "available": {"amount": 420, "unit": "kg"}},
             "status": "ADMITTED", "parents": [],
             "events": [{"type": "REGISTERED", "at": "2026-11-23T00:10:00Z",
                         "operatorId": "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10"}]}""")))
    public JsonNode get(@PathVariable String batchId, @AuthenticationPrincipal @Parameter(hidden = true) Caller caller) {
        String id = Ids.fromPath(batchId);
        access.requireReadable(caller, id);
        return batches.find(id).map(representation::of)
                .orElseThrow(() -> ApiProblem.notFound("No batch with id " + batchId + "."));
    }

    @GetMapping("/{batchId}/lineage")
    @Operation(summary = "Follow a batch's lineage", description = "Every hop downstream (children, their "
            + "children, ...) or upstream (parents up to the origin batch).")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineageGraph.class),
            examples = @ExampleObject("""
            {"root": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7",
             "nodes": [{"batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7", "traceCode": "7K3M9QXR2HDVP0ZC",
                        "holderOperatorId": "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d", "status": "DEPLETED"},
                       {"batchId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "traceCode": "Q1W2E3R4T5Y6U7I8",
                        "holderOperatorId": "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d", "status": "ADMITTED"}],
             "edges": [{"from": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7",
                        "to": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "kind": "SLAUGHTER"}]}""")))
    public LineageGraph lineage(@PathVariable String batchId,
                                @Parameter(schema = @Schema(allowableValues = {"downstream", "upstream"}))
                                @RequestParam(defaultValue = "downstream")
                                @Pattern(regexp = "downstream|upstream", message = "must be downstream or upstream")
                                String direction,
                                @AuthenticationPrincipal @Parameter(hidden = true) Caller caller) {
        String id = Ids.fromPath(batchId);
        access.requireReadable(caller, id);
        if (batches.find(id).isEmpty()) {
            throw ApiProblem.notFound("No batch with id " + batchId + ".");
        }
        return "upstream".equals(direction) ? lineage.upstream(id) : lineage.downstream(id);
    }
}
