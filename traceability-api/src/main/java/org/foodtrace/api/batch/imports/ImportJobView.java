package org.foodtrace.api.batch.imports;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.foodtrace.api.error.Violation;

/**
 * An import job as its submitter and the regulator see it: counts over the whole file, and one page of row
 * outcomes (those after line {@code page.after}, at most {@code page.limit}, in line order) split into errors
 * and created batches; {@code page.nextAfter} is where the next page starts, null on the last one.
 */
public record ImportJobView(String jobId, ImportStatus status, int total, int done, int succeeded, int failed,
                            Instant submittedAt, Instant startedAt, Instant finishedAt,
                            List<RowError> errors, List<RowCreated> created, Page page) {

    /** A refused row: its file line (header = 1) and what {@code POST /api/v1/batches} would have answered. */
    public record RowError(@Schema(example = "4") int line, @Schema(example = "422") int status,
                           @Schema(example = "INVALID_GTIN") String code, String message,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Violation> violations) {
    }

    /** A registered batch and the line it came from. */
    public record RowCreated(@Schema(example = "2") int line, String batchId, String traceCode) {
    }

    /** Which outcomes this answer holds. */
    public record Page(int after, int limit, Integer nextAfter) {
    }
}
