package org.foodtrace.api.error;

import org.springframework.util.unit.DataSize;

/**
 * A body limit other than {@code trace.http.max-body-size} for one method and exact path (a file upload); a
 * feature declares it as a bean and the body limit filter honours it.
 */
public record LargerBodyLimit(String method, String path, DataSize limit) {
}
