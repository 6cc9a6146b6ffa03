package org.foodtrace.api.error;

import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.foodtrace.api.validation.Text;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller for error-mapping tests: a validated JSON body, a rule refusal, a database outage, an unexpected
 * failure.
 */
@RestController
class ProbeController {

    record Amount(@NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal amount) {
    }

    record Probe(@NotBlank @Text String name, @NotNull Category category, @NotNull @Valid Amount quantity,
                 @NotEmpty List<@NotNull @Valid Amount> parts) {
    }

    @PostMapping("/api/v1/probe")
    Probe echo(@Valid @RequestBody Probe probe) {
        return probe;
    }

    @GetMapping("/api/v1/probe/rule/{code}")
    String refuse(@PathVariable RuleCode code) {
        throw new DomainRuleViolation(code, "refused by " + code);
    }

    @GetMapping("/api/v1/probe/database-down")
    String databaseDown() {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("trace - Connection is not available, request timed out after 3000ms"));
    }

    @GetMapping("/api/v1/probe/boom")
    String boom() {
        throw new IllegalStateException("secret internals at org.foodtrace.Something");
    }
}
