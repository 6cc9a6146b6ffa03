package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.Quantity;

/** Registers a new batch at its producer, which becomes its holder. The caller draws the id and trace code. */
public record RegisterBatch(@TargetAggregateIdentifier String batchId, String traceCode, Category category,
                            String product, Species species, Quantity quantity, String originRegion,
                            LocalDate producedOn, String gtin, String lot, LocalDate expiresOn, Actor actor,
                            Instant at) {
}
