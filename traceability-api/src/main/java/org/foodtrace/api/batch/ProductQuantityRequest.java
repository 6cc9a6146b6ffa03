package org.foodtrace.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Text;

/** One output of a slaughter: a product and its quantity. */
public record ProductQuantityRequest(@Schema(example = "Pork carcass halves") @NotBlank @Text String product,
                                     @NotNull @Valid QuantityRequest quantity) {
}
