package org.foodtrace.api.export;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.eventhandling.DomainEventMessage;
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
import org.foodtrace.core.batch.api.ExpiredSaleAttempted;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.operator.api.OperatorRegistered;

/**
 * One event as the event store holds it: the store's event identifier, the aggregate and position, when the
 * act happened (the event's own {@code at}, not the time it was stored) and the payload.
 */
public record RecordedEvent(String eventIdentifier, String aggregateId, long sequence, Instant at, Object payload) {

    public RecordedEvent {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(payload, "payload");
    }

    public static RecordedEvent of(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        Instant at = actTime(payload);
        return new RecordedEvent(message.getIdentifier(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), at != null ? at : message.getTimestamp(), payload);
    }

    /** When the recorded act happened, or null for a payload this module does not know. */
    public static Instant actTime(Object payload) {
        if (payload instanceof BatchRegistered e) {
            return e.at();
        } else if (payload instanceof BatchDerived e) {
            return e.at();
        } else if (payload instanceof BatchOriginExited e) {
            return e.at();
        } else if (payload instanceof BatchDispatched e) {
            return e.at();
        } else if (payload instanceof BatchAdmitted e) {
            return e.at();
        } else if (payload instanceof BatchRejected e) {
            return e.at();
        } else if (payload instanceof MisdirectedEntryAttempted e) {
            return e.at();
        } else if (payload instanceof ExpiredSaleAttempted e) {
            return e.at();
        } else if (payload instanceof BatchInspected e) {
            return e.at();
        } else if (payload instanceof BetaAgonistTestFailed e) {
            return e.at();
        } else if (payload instanceof BatchSlaughtered e) {
            return e.at();
        } else if (payload instanceof BatchSplit e) {
            return e.at();
        } else if (payload instanceof BatchTransformed e) {
            return e.at();
        } else if (payload instanceof BatchSold e) {
            return e.at();
        } else if (payload instanceof BatchDisposed e) {
            return e.at();
        } else if (payload instanceof BatchRecalled e) {
            return e.at();
        } else if (payload instanceof OperatorRegistered e) {
            return e.at();
        }
        return null;
    }
}
