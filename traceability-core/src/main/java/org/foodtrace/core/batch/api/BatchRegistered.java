package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.shared.Quantity;

/** A batch was registered at its producer: status REGISTERED, holder the producer. The gtin is the 14-digit form. */
@Revision("1")
public record BatchRegistered(String batchId, String traceCode, Category category, String product, Species species,
                              Quantity quantity, String originRegion, LocalDate producedOn, String gtin, String lot,
                              LocalDate expiresOn, String producerOperatorId, Instant at) {
}
