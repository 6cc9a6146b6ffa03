package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.shared.Quantity;

/** The first event of every child batch (dispatch, slaughter output, split part, transformation output). */
@Revision("1")
public record BatchDerived(String batchId, String traceCode, Category category, String product, Species species,
                           Quantity quantity, Derivation derivation, List<ParentLink> parents,
                           String holderOperatorId, String destinationOperatorId, BatchStatus status,
                           Certificate certificate, String originRegion, String producerOperatorId, String gtin,
                           String lot, LocalDate expiresOn, Instant at) {

    public BatchDerived {
        parents = List.copyOf(parents);
    }
}
