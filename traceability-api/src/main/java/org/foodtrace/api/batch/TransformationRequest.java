package org.foodtrace.api.batch;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Processing (e.g. paddy to rice, oilseed to oil): inputs consumed and outputs made in one unit of work. */
public record TransformationRequest(
        @NotEmpty @Size(max = 100) List<@NotNull @Valid TransformationInputRequest> inputs,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid TransformationOutputRequest> outputs) {
}
