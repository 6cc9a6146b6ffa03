package org.foodtrace.api.batch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
import org.foodtrace.core.batch.SlaughterOutcome;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Batches that become other batches: slaughter (屠宰), split, and processing of inputs into new products. */
@RestController
@Tag(name = "Batches")
public class ProcessingController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final OperatorDirectory operators;
    private final NewIdentities identities;
    private final Clock clock;

    public ProcessingController(CommandRunner runner, CommandGateway commands, OperatorDirectory operators,
                                NewIdentities identities, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.operators = operators;
        this.identities = identities;
        this.clock = clock;
    }

    @PostMapping("/api/v1/batches/{batchId}/slaughter")
    @Operation(summary = "Slaughter (屠宰)", description = "The holder must be a designated SLAUGHTERHOUSE and the "
            + "batch ADMITTED there. Outputs are LIVESTOCK batches held by the slaughterhouse, ADMITTED, with the "
            + "meat quarantine certificate as certificate of record. A POSITIVE β-agonist result is 422 "
            + "BETA_AGONIST_POSITIVE and puts the animals ON_HOLD.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"betaAgonistTest": {"clenbuterol": "NEGATIVE", "ractopamine": "NEGATIVE", "salbutamol": "NEGATIVE"},
             "meatQuarantineCertificate": "MQ-2026-0001",
             "outputs": [{"product": "Pork carcass halves", "quantity": {"amount": 1500, "unit": "kg"}}]}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DerivedBatches.class)))
    public ResponseEntity<Object> slaughter(@PathVariable String batchId, @Valid @RequestBody SlaughterRequest body,
                                            WriteContext context) {
        String id = Ids.fromPath(batchId);
        List<BatchCreated> created = body.outputs().stream().map(output -> identities.batch()).toList();
        List<DerivedPart> outputs = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            ProductQuantityRequest output = body.outputs().get(i);
            outputs.add(new DerivedPart(created.get(i).batchId(), created.get(i).traceCode(), output.product(),
                    output.quantity().toQuantity()));
        }
        return runner.execute(context.write(body, id), () -> {
            SlaughterOutcome outcome = commands.sendAndWait(new SlaughterBatch(id,
                    body.betaAgonistTest() == null ? null : body.betaAgonistTest().toTest(),
                    body.meatQuarantineCertificate(), outputs, operators.actorFor(context.caller()), clock.instant()));
            if (!outcome.slaughtered()) {
                return Refusals.slaughter(outcome);
            }
            return Reply.created(new DerivedBatches(created));
        });
    }

    @PostMapping("/api/v1/batches/{batchId}/split")
    @Operation(summary = "Split a batch", description = "By the holder; each part becomes a child batch of the same "
            + "product with its own trace code, held by the same operator.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"parts": [{"amount": 5, "unit": "kg"}, {"amount": 10, "unit": "kg"}]}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SplitParts.class)))
    public ResponseEntity<Object> split(@PathVariable String batchId, @Valid @RequestBody SplitRequest body,
                                        WriteContext context) {
        String id = Ids.fromPath(batchId);
        List<BatchCreated> created = body.parts().stream().map(part -> identities.batch()).toList();
        List<DerivedPart> parts = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            parts.add(new DerivedPart(created.get(i).batchId(), created.get(i).traceCode(), null,
                    body.parts().get(i).toQuantity()));
        }
        return runner.execute(context.write(body, id), () -> {
            commands.sendAndWait(new SplitBatch(id, parts, operators.actorFor(context.caller()), clock.instant()));
            return Reply.created(new SplitParts(created));
        });
    }

    @PostMapping("/api/v1/transformations")
    @Operation(summary = "Process batches into new products", description = "E.g. paddy to rice, oilseed to oil: "
            + "quantities of held batches go in, new product batches held by the caller (their producer) come "
            + "out; each output later leaves by its own origin exit.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"inputs": [{"batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7",
                         "quantity": {"amount": 1000, "unit": "kg"}}],
             "outputs": [{"category": "GRAIN_OIL", "product": "Polished rice",
                          "quantity": {"amount": 680, "unit": "kg"}, "lot": "R-2026-1123"}]}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DerivedBatches.class)))
    public ResponseEntity<Object> transform(@Valid @RequestBody TransformationRequest body, WriteContext context) {
        String transformationId = identities.id();
        List<ParentLink> inputs = body.inputs().stream()
                .map(input -> new ParentLink(Ids.canonical(input.batchId()), input.quantity().toQuantity()))
                .toList();
        List<BatchCreated> created = body.outputs().stream().map(output -> identities.batch()).toList();
        List<TransformationOutput> outputs = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            TransformationOutputRequest output = body.outputs().get(i);
            outputs.add(new TransformationOutput(created.get(i).batchId(), created.get(i).traceCode(),
                    output.category(), output.product(), output.species(), output.quantity().toQuantity(),
                    output.gtin(), output.lot(), output.expiresOn()));
        }
        return runner.execute(context.write(body, inputs.stream().map(ParentLink::batchId).toList()), () -> {
            commands.sendAndWait(new TransformBatches(transformationId, inputs, outputs,
                    operators.actorFor(context.caller()), clock.instant()));
            return Reply.created(new DerivedBatches(created));
        });
    }
}
