package org.foodtrace.api.recall;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.command.Reply;
import org.foodtrace.api.command.WriteContext;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.recall.webhook.WebhookSubscription;
import org.foodtrace.projections.recall.webhook.WebhookSubscriptions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An operator's recall webhook, set by the regulator (who registers operators and hands them their tokens): when a
 * recall reaches a batch the operator holds, a signed POST goes to this URL.
 */
@RestController
@RequestMapping("/api/v1/operators/{operatorId}/webhook")
@Tag(name = "Operators", description = "The operator registry (一户一档) and its black list; regulator only.")
public class WebhookController {

    private final CommandRunner runner;
    private final OperatorRegistryQueries operators;
    private final WebhookSubscriptions subscriptions;
    private final Clock clock;

    public WebhookController(CommandRunner runner, OperatorRegistryQueries operators,
                             WebhookSubscriptions subscriptions, Clock clock) {
        this.runner = runner;
        this.operators = operators;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @PutMapping
    @Operation(summary = "Set an operator's recall webhook",
            description = "Sets the URL and draws a new signing secret, shown in this answer only (a replay of the "
                    + "same Idempotency-Key answers without it). Every notification is a POST of JSON with "
                    + "X-Trace-Signature: sha256=<hex HMAC-SHA256 of the body keyed with the secret>.")
    public ResponseEntity<Object> set(@PathVariable String operatorId, @Valid @RequestBody WebhookRequest body,
                                      WriteContext context) {
        String id = registered(operatorId);
        return runner.execute(context.write(body, id), () -> {
            Instant now = clock.instant();
            String secret = subscriptions.subscribe(id, body.url(), now);
            return Reply.ok(new WebhookSecret(id, body.url(), secret, now))
                    .replayedAs(new WebhookSecret(id, body.url(), null, now));
        });
    }

    @GetMapping
    @Operation(summary = "An operator's recall webhook", description = "The URL, without the secret.")
    public WebhookSubscription find(@PathVariable String operatorId) {
        return subscriptions.find(registered(operatorId))
                .orElseThrow(() -> ApiProblem.notFound("The operator has no webhook."));
    }

    @DeleteMapping
    @Operation(summary = "Remove an operator's recall webhook",
            description = "Notifications not yet delivered are given up.")
    public ResponseEntity<Object> remove(@PathVariable String operatorId, WriteContext context) {
        String id = registered(operatorId);
        return runner.execute(context.write(null, id), () -> {
            if (!subscriptions.unsubscribe(id)) {
                throw ApiProblem.notFound("The operator has no webhook.");
            }
            return Reply.noContent();
        });
    }

    private String registered(String operatorId) {
        String id = Ids.fromPath(operatorId);
        if (operators.find(id).isEmpty()) {
            throw ApiProblem.notFound("No operator with id " + id + ".");
        }
        return id;
    }
}
