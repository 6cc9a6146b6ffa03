package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.RecallLevel;

/** Recalls (召回) one batch; sent by the recall process to the batch and each of its descendants. */
public record RecallBatch(@TargetAggregateIdentifier String batchId, String recallId, String reason,
                          RecallLevel level, Instant at) {
}
