package org.foodtrace.projections.recall.process;

import static org.axonframework.modelling.saga.SagaLifecycle.associateWith;
import static org.axonframework.modelling.saga.SagaLifecycle.associationValues;
import static org.axonframework.modelling.saga.SagaLifecycle.removeAssociationWith;

import java.time.Instant;
import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.recall.api.RecallOpened;
import org.foodtrace.projections.recall.RecallGroups;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recall process (召回流程): marks every batch of a recall RECALLED and follows descendants the recall did
 * not know of when it opened (a batch derived while the lineage read model lagged), which each
 * {@link BatchRecalled} names among its {@code children}.
 * <p>
 * It asks each batch once. Its associations are its memory: {@code recallId} routes the recall's events here;
 * {@code awaitingBatchId} is a batch that accepted the recall and whose {@code BatchRecalled} has not been seen;
 * {@code batchId} is a batch asked and settled (seen recalled, recalled before, or refused for good). Its
 * serialized state stays small (recall id, reason, level and the number awaited), and it ends once nothing is
 * awaited: every batch reachable from the recall is then recalled and its children followed. A batch is never
 * marked twice: it refuses a second recall with {@code ALREADY_RECALLED}, so redelivery after a crash or restart
 * is harmless (the root is among those: opening the recall already marked it). A technical failure fails the
 * event, which is handled again.
 */
@Saga
@ProcessingGroup(RecallGroups.PROCESS)
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class RecallSaga {

    static final String RECALL = "recallId";
    static final String AWAITING = "awaitingBatchId";
    static final String SETTLED = "batchId";

    private String recallId;
    private String reason;
    private RecallLevel level;
    private int awaiting;

    private transient RecallMarker marker;

    @Autowired
    void setMarker(RecallMarker marker) {
        this.marker = marker;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = RECALL)
    void on(RecallOpened event) {
        recallId = event.recallId();
        reason = event.reason();
        level = event.level();
        ask(event.affectedBatchIds(), event.at());
        endWhenNothingAwaited();
    }

    @SagaEventHandler(associationProperty = RECALL)
    void on(BatchRecalled event) {
        if (removeAssociation(AWAITING, event.batchId())) {
            awaiting--;
        }
        associateWith(SETTLED, event.batchId());
        ask(event.children().stream().filter(child -> !asked(child)).toList(), event.at());
        endWhenNothingAwaited();
    }

    private void ask(Collection<String> batchIds, Instant at) {
        if (batchIds.isEmpty()) {
            return;
        }
        Marking marking = marker.mark(batchIds.stream()
                .map(batchId -> new RecallBatch(batchId, recallId, reason, level, at))
                .toList());
        if (!marking.failed().isEmpty()) {
            throw new RecallMarkingFailed(recallId, marking.failed());
        }
        for (String batchId : batchIds) {
            associateWith(marking.awaited().contains(batchId) ? AWAITING : SETTLED, batchId);
        }
        awaiting += marking.awaited().size();
    }

    private boolean asked(String batchId) {
        return associationValues().contains(new AssociationValue(AWAITING, batchId))
                || associationValues().contains(new AssociationValue(SETTLED, batchId));
    }

    private static boolean removeAssociation(String key, String value) {
        if (!associationValues().contains(new AssociationValue(key, value))) {
            return false;
        }
        removeAssociationWith(key, value);
        return true;
    }

    private void endWhenNothingAwaited() {
        if (awaiting == 0) {
            SagaLifecycle.end();
        }
    }
}
