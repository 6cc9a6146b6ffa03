package org.foodtrace.core.batch.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.foodtrace.core.batch.Inspection;
import org.foodtrace.core.shared.Actor;

/** Market entry check (市场准入/入场查验) by the destination; inspection is optional. Answers an EntryDecision. */
public record EnterMarket(@TargetAggregateIdentifier String batchId, String certificateNumber, Inspection inspection,
                          Actor actor, Instant at) {
}
