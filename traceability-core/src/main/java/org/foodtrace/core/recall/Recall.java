package org.foodtrace.core.recall;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.recall.api.RecallOpened;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;

/**
 * A recall (召回) of one batch and everything derived from it. It opens with the root first and each affected
 * batch once; a recall needs a reason and a level (I, II or III). It is opened by {@link RecallCommandHandler},
 * which recalls the root batch in the same unit of work.
 */
public class Recall {

    @AggregateIdentifier
    private String recallId;
    private String rootBatchId;
    private String reason;
    private RecallLevel level;
    private Instant openedAt;

    protected Recall() {
    }

    Recall(OpenRecall command) {
        String root = BatchId.of(command.rootBatchId()).value();
        if (command.level() == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "a recall needs a level (I, II or III)");
        }
        if (command.at() == null) {
            throw new DomainRuleViolation(RuleCode.MISSING_VALUE, "a recall needs a time");
        }
        Set<String> affected = new LinkedHashSet<>();
        affected.add(root);
        command.affectedBatchIds().forEach(id -> affected.add(BatchId.of(id).value()));
        apply(new RecallOpened(Text.required(command.recallId(), "recall id"), root, List.copyOf(affected),
                Text.required(command.reason(), "recall reason"), command.level(), command.at()));
    }

    /** The command that marks the root batch as recalled by this recall. */
    RecallBatch recallOfRoot() {
        return new RecallBatch(rootBatchId, recallId, reason, level, openedAt);
    }

    @EventSourcingHandler
    void on(RecallOpened event) {
        recallId = event.recallId();
        rootBatchId = event.rootBatchId();
        reason = event.reason();
        level = event.level();
        openedAt = event.at();
    }
}
