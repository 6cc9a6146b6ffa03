package org.foodtrace.api.batch;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.command.Reply;
import org.foodtrace.api.command.WriteContext;
import org.foodtrace.api.operator.OperatorDirectory;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.Inspection;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Batches moving between operators: origin exit (产地准出), later legs, market entry (市场准入). */
@RestController
@RequestMapping("/api/v1/batches/{batchId}")
@Tag(name = "Batches")
public class MovementController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final OperatorDirectory operators;
    private final NewIdentities identities;
    private final Clock clock;

    public MovementController(CommandRunner runner, CommandGateway commands, OperatorDirectory operators,
                              NewIdentities identities, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.operators = operators;
        this.identities = identities;
        this.clock = clock;
    }

    @PostMapping("/origin-exit")
    @Operation(summary = "Origin exit (产地准出)", description = "The producer sends the whole batch with the "
            + "certificate its category needs (ANIMAL_QUARANTINE, COMPLIANCE_COMMITMENT, FACTORY_INSPECTION). Pigs, "
            + "cattle and sheep to a slaughterhouse that is not designated: 422 NOT_DESIGNATED_SLAUGHTERHOUSE; "
            + "an unknown destination: 422 UNKNOWN_OPERATOR.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"certificate": {"type": "ANIMAL_QUARANTINE", "number": "4417020012345",
                             "issuedBy": "Yangdong Animal Health Station", "issuedOn": "2026-11-21",
                             "validUntil": "2026-11-24"},
             "destinationOperatorId": "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d"}""")))
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchStatusResponse.class),
            examples = @ExampleObject("""
            {"batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7", "status": "IN_TRANSIT"}""")))
    public ResponseEntity<Object> exitOrigin(@PathVariable String batchId, @Valid @RequestBody OriginExitRequest body,
                                             WriteContext context) {
        String id = Ids.fromPath(batchId);
        return runner.execute(context.write(body, id), () -> {
            commands.sendAndWait(new ExitOrigin(id, body.certificate().toCertificate(),
                    operators.destination(Ids.canonical(body.destinationOperatorId())),
                    operators.actorFor(context.caller()), clock.instant()));
            return Reply.ok(new BatchStatusResponse(id, BatchStatus.IN_TRANSIT));
        });
    }

    @PostMapping("/dispatch")
    @Operation(summary = "Dispatch part of a batch (later legs)", description = "The holder sends a quantity on; "
            + "it becomes a child batch with its own trace code, IN_TRANSIT to the destination.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"destinationOperatorId": "5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d",
             "quantity": {"amount": 200, "unit": "kg"}}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BatchCreated.class)))
    public ResponseEntity<Object> dispatch(@PathVariable String batchId, @Valid @RequestBody DispatchRequest body,
                                           WriteContext context) {
        String id = Ids.fromPath(batchId);
        BatchCreated child = identities.batch();
        return runner.execute(context.write(body, id), () -> {
            commands.sendAndWait(new DispatchBatch(id, child.batchId(), child.traceCode(),
                    operators.destination(Ids.canonical(body.destinationOperatorId())), body.quantity().toQuantity(),
                    operators.actorFor(context.caller()), clock.instant()));
            return Reply.created(child);
        });
    }

    @PostMapping("/market-entry")
    @Operation(summary = "Market entry check (市场准入/入场查验)", description = "By the destination only: anyone "
            + "else gets 403 NOT_DESTINATION (the attempt is recorded, the batch unchanged). The number presented "
            + "must be the batch's certificate of record and valid today, else 422 CERTIFICATE_MISMATCH or "
            + "CERTIFICATE_EXPIRED and the batch is REJECTED. On admission the caller becomes the holder.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"certificateNumber": "4417020012345",
             "inspection": {"analyte": "organophosphate", "method": "enzyme-inhibition", "value": 12.5,
                            "unit": "%", "limit": 50.0, "verdict": "PASS", "sampleId": "S-1"}}""")))
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BatchStatusResponse.class),
            examples = @ExampleObject("""
            {"batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7", "status": "ADMITTED"}""")))
    public ResponseEntity<Object> enterMarket(@PathVariable String batchId, @Valid @RequestBody MarketEntryRequest body,
                                              WriteContext context) {
        String id = Ids.fromPath(batchId);
        String inspectionId = identities.id();
        return runner.execute(context.write(body, id), () -> {
            EntryDecision decision = commands.sendAndWait(new EnterMarket(id, body.certificateNumber(),
                    inspection(inspectionId, body.inspection()), operators.actorFor(context.caller()),
                    clock.instant()));
            if (decision.admitted()) {
                return Reply.ok(new BatchStatusResponse(id, decision.status()));
            }
            return Refusals.entry(decision);
        });
    }

    private static Inspection inspection(String inspectionId, InspectionRequest request) {
        if (request == null) {
            return null;
        }
        return new Inspection(inspectionId, request.analyte(), request.method(), request.value(), request.unit(),
                request.limit(), request.verdict(), request.sampleId());
    }
}
