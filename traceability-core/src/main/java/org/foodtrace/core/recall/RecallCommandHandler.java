package org.foodtrace.core.recall;

import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.foodtrace.core.batch.Batch;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.recall.api.OpenRecall;

/**
 * Opens a recall and recalls its root batch in one unit of work: a root that is already recalled refuses the
 * new recall (ALREADY_RECALLED) and nothing is recorded, and once a recall is open its root refuses sale. The
 * root's descendants are marked afterwards by the recall process, one {@link RecallBatch} each.
 */
public class RecallCommandHandler {

    private final Repository<Recall> recalls;
    private final Repository<Batch> batches;

    public RecallCommandHandler(Repository<Recall> recalls, Repository<Batch> batches) {
        this.recalls = Objects.requireNonNull(recalls, "recalls");
        this.batches = Objects.requireNonNull(batches, "batches");
    }

    /** Answers the recall id. */
    @CommandHandler
    public String handle(OpenRecall command) throws Exception {
        Aggregate<Recall> recall = recalls.newInstance(() -> new Recall(command));
        RecallBatch rootRecall = recall.invoke(Recall::recallOfRoot);
        batches.load(rootRecall.batchId()).execute(root -> root.handle(rootRecall));
        return rootRecall.recallId();
    }
}
