package org.foodtrace.api.batch;

import java.util.List;

/** The batches a slaughter or transformation made, in the order of the request's outputs. */
public record DerivedBatches(List<BatchCreated> outputs) {
}
