package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Text;

/** Harmless disposal (无害化处理/销毁) of a quantity; how ON_HOLD and RECALLED batches are cleared. */
public record DisposalRequest(@NotNull @Valid QuantityRequest quantity,
                              @Schema(example = "incineration") @NotBlank @Text String method,
                              @Schema(example = "Inspector Li, Jiangcheng market supervision") @Text String witness) {
}
