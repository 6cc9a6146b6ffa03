package org.foodtrace.projections.recall.block;

import java.util.List;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;

/**
 * Refuses a goods movement (origin exit, dispatch, market entry, slaughter, split, sale, transformation) of a batch
 * a recall covers, with the aggregate's own rule code {@code BATCH_RECALLED}, from the moment the recall opened
 * rather than from the moment the recall process reaches the batch. The command is handled first, so the
 * aggregate's own refusals (not the holder, nothing left, ...) keep their precedence and reveal nothing new; a
 * command the aggregate accepted is then refused and its unit of work rolled back.
 */
public class RecallBlockGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final RecallBlockTable blocks;

    public RecallBlockGuard(RecallBlockTable blocks) {
        this.blocks = blocks;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        List<String> moved = movedBatches(unitOfWork.getMessage().getPayload());
        Object result = chain.proceed();
        if (!moved.isEmpty()) {
            blocks.recallBlocking(moved).ifPresent(recallId -> {
                throw new DomainRuleViolation(RuleCode.BATCH_RECALLED, "the batch is recalled (recall " + recallId + ")");
            });
        }
        return result;
    }

    /** The batches whose goods the command moves; none for commands a recalled batch still accepts. */
    static List<String> movedBatches(Object command) {
        if (command instanceof TransformBatches transformation) {
            return transformation.inputs().stream().map(ParentLink::batchId).toList();
        }
        String batchId = command instanceof ExitOrigin c ? c.batchId()
                : command instanceof DispatchBatch c ? c.batchId()
                : command instanceof EnterMarket c ? c.batchId()
                : command instanceof SlaughterBatch c ? c.batchId()
                : command instanceof SplitBatch c ? c.batchId()
                : command instanceof SellBatch c ? c.batchId()
                : null;
        return batchId == null ? List.of() : List.of(batchId);
    }
}
