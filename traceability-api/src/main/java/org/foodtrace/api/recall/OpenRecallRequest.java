package org.foodtrace.api.recall;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.foodtrace.api.validation.Text;
import org.foodtrace.api.validation.Uuid;
import org.foodtrace.core.batch.RecallLevel;

/** Opens a recall of the batch named by its trace code or by its id (exactly one of them). */
public record OpenRecallRequest(@Size(max = 64) String traceCode, @Uuid String batchId,
                                @NotBlank @Text String reason, @NotNull RecallLevel level) {

    @AssertTrue(message = "name the batch by traceCode or by batchId, not both")
    public boolean isOneBatchNamed() {
        return (traceCode == null) != (batchId == null);
    }
}
