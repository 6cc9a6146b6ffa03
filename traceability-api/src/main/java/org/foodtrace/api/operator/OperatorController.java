package org.foodtrace.api.operator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

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
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.security.ApiTokenStore;
import org.foodtrace.api.security.ApiTokens;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.operator.api.ReinstateOperator;
import org.foodtrace.core.operator.api.SuspendOperator;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator registry (一户一档), regulator only. */
@RestController
@RequestMapping("/api/v1/operators")
@Tag(name = "Operators", description = "The operator registry (一户一档) and its black list; regulator only.")
public class OperatorController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final OperatorDirectory directory;
    private final OperatorRegistryQueries registry;
    private final ApiTokenStore tokens;
    private final SecureRandom random;
    private final Clock clock;

    public OperatorController(CommandRunner runner, CommandGateway commands, OperatorDirectory directory,
                              OperatorRegistryQueries registry, ApiTokenStore tokens, SecureRandom random,
                              Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.directory = directory;
        this.registry = registry;
        this.tokens = tokens;
        this.random = random;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register an operator",
            description = "Creates the operator's registry file and its API token. The token is in this answer "
                    + "only: the service keeps nothing but its SHA-256 hash.")
    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = OperatorRegistration.class), examples = @ExampleObject("""
            {"operatorId": "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10",
             "apiToken": "q5yC0cQ1mI7b6n2hJ0xv9Yd3kz8Rr4Tt1Uu6Wx2Aa0s"}""")))
    public ResponseEntity<Object> register(@Valid @RequestBody RegisterOperatorRequest body, WriteContext context) {
        String operatorId = UUID.randomUUID().toString();
        String token = ApiTokens.generate(random);
        return runner.execute(context.write(body, operatorId), () -> {
            commands.sendAndWait(new RegisterOperator(operatorId, body.name(), body.kind(), body.licenseNumber(),
                    body.region(), body.designated(), clock.instant()));
            tokens.store(operatorId, ApiTokens.hash(token), clock.instant());
            return Reply.created(new OperatorRegistration(operatorId, token))
                    .replayedAs(new OperatorRegistration(operatorId, null));
        });
    }

    @GetMapping("/{operatorId}")
    @Operation(summary = "Read an operator's registry file")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OperatorRecord.class),
            examples = @ExampleObject("""
            {"operatorId": "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10", "name": "Pinggang Pig Farm", "kind": "FARM",
             "licenseNumber": "GD-YJ-0001", "region": "441702", "designatedSlaughterhouse": false,
             "status": "ACTIVE"}""")))
    public OperatorRecord get(@PathVariable String operatorId) {
        return registry.find(Ids.fromPath(operatorId))
                .orElseThrow(() -> ApiProblem.notFound("No operator with id " + operatorId + "."));
    }

    @PostMapping("/{operatorId}/suspension")
    @Operation(summary = "Suspend an operator (black list)",
            description = "Every write by the operator answered after this answer is refused with 403 "
                    + "OPERATOR_SUSPENDED. Suspending a suspended operator is 422 OPERATOR_ALREADY_SUSPENDED.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SuspensionResponse.class),
            examples = @ExampleObject("""
            {"operatorId": "0b8f7c1e-3d6a-4f3e-9a51-2c4d8e7f6a10", "status": "SUSPENDED",
             "reason": "Clenbuterol found in pigs sold on 2026-11-20"}""")))
    public ResponseEntity<Object> suspend(@PathVariable String operatorId, @Valid @RequestBody SuspensionRequest body,
                                          WriteContext context) {
        String id = Ids.fromPath(operatorId);
        return runner.execute(context.write(body, id), () -> {
            requireOperator(id);
            commands.sendAndWait(new SuspendOperator(id, body.reason(), clock.instant()));
            return Reply.ok(new SuspensionResponse(id, OperatorStatus.SUSPENDED, body.reason()));
        });
    }

    @DeleteMapping("/{operatorId}/suspension")
    @Operation(summary = "Reinstate a suspended operator",
            description = "Takes the operator off the black list; reinstating an active operator is 422 "
                    + "OPERATOR_NOT_SUSPENDED.")
    @ApiResponse(responseCode = "204", description = "Reinstated")
    public ResponseEntity<Object> reinstate(@PathVariable String operatorId, WriteContext context) {
        String id = Ids.fromPath(operatorId);
        return runner.execute(context.write(id, id), () -> {
            requireOperator(id);
            commands.sendAndWait(new ReinstateOperator(id, clock.instant()));
            return Reply.noContent();
        });
    }

    private void requireOperator(String operatorId) {
        if (directory.find(operatorId).isEmpty()) {
            throw ApiProblem.notFound("No operator with id " + operatorId + ".");
        }
    }
}
