package org.foodtrace.api.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Quantity;

/**
 * What a batch is, from its first event: identity, product, GS1 keys and the quantity it started with.
 * {@code derivation} and {@code parents} are empty for a batch registered at its producer.
 */
public record BatchFacts(String batchId, String traceCode, Category category, String product, Quantity quantity,
                         String gtin, String lot, LocalDate producedOn, LocalDate expiresOn, String originRegion,
                         String producerOperatorId, Derivation derivation, List<ParentLink> parents,
                         String firstEventIdentifier) {

    public BatchFacts {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** The facts of a batch whose history starts with {@code first}, if it is a batch's first event. */
    public static Optional<BatchFacts> from(RecordedEvent first) {
        if (first.payload() instanceof BatchRegistered e) {
            return Optional.of(new BatchFacts(e.batchId(), e.traceCode(), e.category(), e.product(), e.quantity(),
                    e.gtin(), e.lot(), e.producedOn(), e.expiresOn(), e.originRegion(), e.producerOperatorId(),
                    null, List.of(), first.eventIdentifier()));
        }
        if (first.payload() instanceof BatchDerived e) {
            return Optional.of(new BatchFacts(e.batchId(), e.traceCode(), e.category(), e.product(), e.quantity(),
                    e.gtin(), e.lot(), null, e.expiresOn(), e.originRegion(), e.producerOperatorId(),
                    e.derivation(), e.parents(), first.eventIdentifier()));
        }
        return Optional.empty();
    }

    /** Whether the batch carries a GS1 GTIN and lot, so that it is identified as a GS1 lot (LGTIN). */
    public boolean hasGs1Lot() {
        return gtin != null && !gtin.isBlank() && lot != null && !lot.isBlank();
    }

    /** How much was taken from {@code parentBatchId} to make this batch, if it is one of its parents. */
    public Optional<Quantity> takenFrom(String parentBatchId) {
        return parents.stream().filter(p -> p.batchId().equals(parentBatchId)).map(ParentLink::quantity).findFirst();
    }
}
