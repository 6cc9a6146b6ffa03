package org.foodtrace.projections.batch;

import java.time.LocalDate;
import java.util.List;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;

/**
 * A batch as {@code GET /api/v1/batches/{batchId}} shows it. The fields after {@code events} are additions:
 * {@code destinationOperatorId} is set while the batch is on its way, {@code derivation} is null for a batch
 * registered at its producer, {@code certificate} is the certificate of record (null before origin exit).
 */
public record BatchView(String batchId, String traceCode, Category category, String product,
                        String holderOperatorId, QuantityPair quantity, BatchStatus status, List<String> parents,
                        List<BatchEventView> events, Species species, String gtin, String lot, LocalDate expiresOn,
                        String originRegion, String producerOperatorId, LocalDate producedOn,
                        String destinationOperatorId, Derivation derivation, BatchCertificate certificate) {

    public BatchView {
        parents = List.copyOf(parents);
        events = List.copyOf(events);
    }
}
