package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Text;

/** A sale (销售) from an admitted batch; the buyer is optional free text or an operator id. */
public record SaleRequest(@NotNull @Valid QuantityRequest quantity,
                          @Schema(example = "Stall 12, Dongmen wet market") @Text String buyer) {
}
