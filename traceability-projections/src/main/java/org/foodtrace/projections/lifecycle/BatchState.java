package org.foodtrace.projections.lifecycle;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.shared.Quantity;

/**
 * Where a batch stands after one of its events, evolved the way the Batch aggregate evolves it: a failed
 * inspection holds only a batch that is still moving; what leaves the batch is subtracted, and the batch is
 * DISPOSED when disposal takes the last of it, DEPLETED when anything else does; a recall always wins.
 *
 * @param destinationOperatorId where the batch is on its way to (origin exit or dispatch), null once it arrived
 */
public record BatchState(BatchStatus status, String holderOperatorId, String destinationOperatorId,
                         Quantity available) {

    private static final Set<BatchStatus> MOVING = EnumSet.of(BatchStatus.REGISTERED, BatchStatus.IN_TRANSIT,
            BatchStatus.ADMITTED);

    public static BatchState registered(BatchRegistered event) {
        return new BatchState(BatchStatus.REGISTERED, event.producerOperatorId(), null, event.quantity());
    }

    public static BatchState derived(BatchDerived event) {
        return new BatchState(event.status(), event.holderOperatorId(), event.destinationOperatorId(),
                event.quantity());
    }

    /**
     * How an event after a batch's first moves its state; empty for events that are not such batch events
     * (first events, misdirected entries, operator events).
     */
    public static Optional<UnaryOperator<BatchState>> transitionOf(Object event) {
        UnaryOperator<BatchState> transition = null;
        if (event instanceof BatchOriginExited e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchAdmitted e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchRejected e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchInspected e) {
            transition = state -> state.after(e);
        } else if (event instanceof BetaAgonistTestFailed e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchDispatched e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchSlaughtered e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchSplit e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchTransformed e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchSold e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchDisposed e) {
            transition = state -> state.after(e);
        } else if (event instanceof BatchRecalled e) {
            transition = state -> state.after(e);
        }
        return Optional.ofNullable(transition);
    }

    public BatchState after(BatchOriginExited event) {
        return new BatchState(BatchStatus.IN_TRANSIT, holderOperatorId, event.destinationOperatorId(), available);
    }

    public BatchState after(BatchAdmitted event) {
        return new BatchState(BatchStatus.ADMITTED, event.operatorId(), null, available);
    }

    public BatchState after(BatchRejected event) {
        return new BatchState(BatchStatus.REJECTED, holderOperatorId, null, available);
    }

    public BatchState after(BatchInspected event) {
        return event.verdict() == Verdict.FAIL && MOVING.contains(status) ? withStatus(BatchStatus.ON_HOLD) : this;
    }

    public BatchState after(BetaAgonistTestFailed event) {
        return withStatus(BatchStatus.ON_HOLD);
    }

    public BatchState after(BatchDispatched event) {
        return take(event.quantity(), BatchStatus.DEPLETED);
    }

    public BatchState after(BatchSlaughtered event) {
        return take(available, BatchStatus.DEPLETED);
    }

    public BatchState after(BatchSplit event) {
        Quantity parts = event.parts().stream().map(DerivedPart::quantity)
                .reduce(Quantity.zero(available.unit()), Quantity::plus);
        return take(parts, BatchStatus.DEPLETED);
    }

    public BatchState after(BatchTransformed event) {
        return take(event.quantity(), BatchStatus.DEPLETED);
    }

    public BatchState after(BatchSold event) {
        return take(event.quantity(), BatchStatus.DEPLETED);
    }

    public BatchState after(BatchDisposed event) {
        return take(event.quantity(), BatchStatus.DISPOSED);
    }

    public BatchState after(BatchRecalled event) {
        return withStatus(BatchStatus.RECALLED);
    }

    private BatchState withStatus(BatchStatus newStatus) {
        return new BatchState(newStatus, holderOperatorId, destinationOperatorId, available);
    }

    private BatchState take(Quantity quantity, BatchStatus statusWhenEmpty) {
        Quantity left = available.minus(quantity);
        return new BatchState(left.isZero() ? statusWhenEmpty : status, holderOperatorId, destinationOperatorId,
                left);
    }
}
