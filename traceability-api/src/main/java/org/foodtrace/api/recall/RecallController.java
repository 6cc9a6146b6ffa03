package org.foodtrace.api.recall;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.api.command.CommandRunner;
import org.foodtrace.api.command.Reply;
import org.foodtrace.api.command.WriteContext;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.security.Caller;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.progress.RecallStatus;
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

/**
 * Recalls: the regulator opens one (the batch and every descendant in the lineage become RECALLED) and follows
 * it until every holder has disposed of what it had; an operator reads the recalls that reached its batches, each
 * with its own batches only. Who may open a recall is the security configuration's (the regulator); what each
 * caller may read is decided here.
 */
@RestController
@RequestMapping("/api/v1/recalls")
@Tag(name = "Recalls", description = "Recalls (召回): opened and followed by the regulator; each operator's inbox.")
public class RecallController {

    private static final String ME = "me";

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final RecallRoots roots;
    private final LineageQueries lineage;
    private final RecallQueries recalls;
    private final Clock clock;

    public RecallController(CommandRunner runner, CommandGateway commands, RecallRoots roots, LineageQueries lineage,
                            RecallQueries recalls, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.roots = roots;
        this.lineage = lineage;
        this.recalls = recalls;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Open a recall (regulator)",
            description = "Recalls the batch named by traceCode or batchId and every batch derived from it over "
                    + "every hop. The batch itself refuses sales when this answers; its descendants a moment later. "
                    + "A batch already recalled is refused with 422 ALREADY_RECALLED.")
    public ResponseEntity<Object> open(@Valid @RequestBody OpenRecallRequest body, WriteContext context) {
        String root = roots.batchIdOf(body);
        String recallId = UUID.randomUUID().toString();
        return runner.execute(context.write(body, root), () -> {
            List<String> affected = lineage.descendantIds(root);
            commands.sendAndWait(new OpenRecall(recallId, root, affected, body.reason(), body.level(),
                    clock.instant()));
            return Reply.created(new RecallOpenedResponse(recallId, affected.size()));
        });
    }

    @GetMapping("/{recallId}")
    @Operation(summary = "Follow a recall",
            description = "Every batch the recall covers, the recalled batch first: its holder, what is left, what "
                    + "was sold before the recall (each sale: when and where), and its state: PENDING until the "
                    + "holder disposes of what is left (DISPOSED), or CLEARED when nothing was left. An operator "
                    + "sees a recall that reached its batches, with those batches only, as in its inbox; any other "
                    + "recall is 404 to it.")
    public Object find(@AuthenticationPrincipal Caller caller, @PathVariable String recallId) {
        String id = Ids.fromPath(recallId);
        Optional<?> recall = caller.regulator() ? recalls.find(id) : recalls.findForHolder(id, caller.id());
        return recall.orElseThrow(() -> ApiProblem.notFound("No such recall."));
    }

    @GetMapping
    @Operation(summary = "List recalls",
            description = "The regulator lists every recall (optionally by status), or an operator's inbox with "
                    + "holder={operatorId}. An operator gets its own inbox (holder=me or no holder): each recall "
                    + "that reached a batch it held, with those batches only.")
    public RecallList list(@AuthenticationPrincipal Caller caller,
                           @Parameter(description = "me, or (regulator) an operator id")
                           @RequestParam(required = false) String holder,
                           @Parameter(description = "OPEN or COMPLETED") @RequestParam(required = false)
                           RecallStatus status) {
        String inboxOf = inboxOf(caller, holder);
        return new RecallList(inboxOf == null ? recalls.list(status) : recalls.inbox(inboxOf, status));
    }

    /** Whose inbox is asked for: null for the regulator's full list. */
    private static String inboxOf(Caller caller, String holder) {
        if (!caller.regulator()) {
            if (holder != null && !ME.equals(holder) && !holder.equalsIgnoreCase(caller.id())) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                        "An operator reads its own recall inbox only (holder=me).");
            }
            return caller.id();
        }
        if (holder == null) {
            return null;
        }
        if (ME.equals(holder)) {
            throw ApiProblem.invalid("holder", "the regulator holds no batches; name an operator id");
        }
        return Ids.fromPath(holder);
    }
}
