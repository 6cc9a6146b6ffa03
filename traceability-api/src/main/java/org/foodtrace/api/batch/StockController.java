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
import org.foodtrace.core.batch.SaleOutcome;
import org.foodtrace.core.batch.api.DisposeBatch;
import org.foodtrace.core.batch.api.InspectBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.shared.Quantity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What happens to a held batch: inspections (快检/抽检), sales (销售), disposal (无害化处理). */
@RestController
@RequestMapping("/api/v1/batches/{batchId}")
@Tag(name = "Batches")
public class StockController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final OperatorDirectory operators;
    private final NewIdentities identities;
    private final Clock clock;

    public StockController(CommandRunner runner, CommandGateway commands, OperatorDirectory operators,
                           NewIdentities identities, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.operators = operators;
        this.identities = identities;
        this.clock = clock;
    }

    @PostMapping("/inspections")
    @Operation(summary = "Record a rapid test or sampling result (快检/抽检)", description = "By the holder or the "
            + "regulator. FAIL puts the batch ON_HOLD: sale, dispatch, split and transformation are refused with "
            + "BATCH_ON_HOLD until it is disposed of.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"analyte": "organophosphate", "method": "enzyme-inhibition", "value": 62.0, "unit": "%",
             "limit": 50.0, "verdict": "FAIL", "sampleId": "S-1"}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InspectionRecorded.class)))
    public ResponseEntity<Object> inspect(@PathVariable String batchId, @Valid @RequestBody InspectionRequest body,
                                          WriteContext context) {
        String id = Ids.fromPath(batchId);
        String inspectionId = identities.id();
        return runner.execute(context.write(body, id), () -> {
            commands.sendAndWait(new InspectBatch(id, inspectionId, body.analyte(), body.method(), body.value(),
                    body.unit(), body.limit(), body.verdict(), body.sampleId(), operators.actorFor(context.caller()),
                    clock.instant()));
            return Reply.created(new InspectionRecorded(inspectionId, id, body.verdict()));
        });
    }

    @PostMapping("/sales")
    @Operation(summary = "Record a sale (销售)", description = "By the holder of an ADMITTED batch, in the batch's "
            + "unit (else UNIT_MISMATCH), never more than available (INSUFFICIENT_QUANTITY), never when RECALLED or "
            + "ON_HOLD (BATCH_RECALLED, BATCH_ON_HOLD) or past its expiry date (EXPIRED_PRODUCT).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"quantity": {"amount": 2, "unit": "kg"}, "buyer": "Stall 12, Dongmen wet market"}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SaleRecorded.class),
            examples = @ExampleObject("""
            {"saleId": "6c5b4a39-2817-4f60-9e8d-7c6b5a493827", "available": {"amount": 3, "unit": "kg"}}""")))
    public ResponseEntity<Object> sell(@PathVariable String batchId, @Valid @RequestBody SaleRequest body,
                                       WriteContext context) {
        String id = Ids.fromPath(batchId);
        String saleId = identities.id();
        return runner.execute(context.write(body, id), () -> {
            SaleOutcome sale = commands.sendAndWait(new SellBatch(id, saleId, body.quantity().toQuantity(),
                    body.buyer(), operators.actorFor(context.caller()), clock.instant()));
            if (!sale.sold()) {
                return Refusals.sale(sale);
            }
            return Reply.created(new SaleRecorded(saleId, QuantityResponse.of(sale.available())));
        });
    }

    @PostMapping("/disposal")
    @Operation(summary = "Record a disposal (无害化处理/销毁)", description = "By the holder; allowed on ON_HOLD and "
            + "RECALLED batches, which is how they are cleared. Once nothing is left by disposal the batch is "
            + "DISPOSED.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
            {"quantity": {"amount": 500, "unit": "kg"}, "method": "incineration",
             "witness": "Inspector Li, Jiangcheng market supervision"}""")))
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DisposalRecorded.class)))
    public ResponseEntity<Object> dispose(@PathVariable String batchId, @Valid @RequestBody DisposalRequest body,
                                          WriteContext context) {
        String id = Ids.fromPath(batchId);
        return runner.execute(context.write(body, id), () -> {
            Quantity available = commands.sendAndWait(new DisposeBatch(id, body.quantity().toQuantity(),
                    body.method(), body.witness(), operators.actorFor(context.caller()), clock.instant()));
            return Reply.created(new DisposalRecorded(id, QuantityResponse.of(available)));
        });
    }
}
