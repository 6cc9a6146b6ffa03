package org.foodtrace.api.batch;

import java.util.List;

/** The child batches a split made, in the order of the request's parts. */
public record SplitParts(List<BatchCreated> parts) {
}
