package org.foodtrace.api.batch;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Parts split off a batch, each becoming a child batch of the same product held by the same operator. */
public record SplitRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid QuantityRequest> parts) {
}
