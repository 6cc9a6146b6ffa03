package org.foodtrace.core.batch.api;

import java.time.Instant;
import java.util.List;

import org.foodtrace.core.shared.Actor;

/** Processes quantities of input batches into new product batches in one unit of work (e.g. paddy to rice). */
public record TransformBatches(String transformationId, List<ParentLink> inputs, List<TransformationOutput> outputs,
                               Actor actor, Instant at) {
}
