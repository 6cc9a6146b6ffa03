package org.foodtrace.api.recall;

import java.util.List;

/** Recalls, newest first: summaries for the regulator, or an operator's inbox entries. */
public record RecallList(List<?> recalls) {
}
