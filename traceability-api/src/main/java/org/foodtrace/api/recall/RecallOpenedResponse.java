package org.foodtrace.api.recall;

/** The recall's id and how many batches it reaches: the recalled batch and every descendant known. */
public record RecallOpenedResponse(String recallId, int affectedBatches) {
}
