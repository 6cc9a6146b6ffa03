package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.shared.Quantity;

/**
 * The holder tried to sell from the batch after its expiry date; the sale was refused (EXPIRED_PRODUCT) and the
 * batch is unchanged.
 */
@Revision("1")
public record ExpiredSaleAttempted(String batchId, Quantity quantity, LocalDate expiresOn, String operatorId,
                                   Instant at) {
}
