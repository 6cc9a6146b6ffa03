package org.foodtrace.api.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.validation.Ids;
import org.foodtrace.projections.alert.Alert;
import org.foodtrace.projections.alert.AlertFilter;
import org.foodtrace.projections.alert.AlertQueries;
import org.foodtrace.projections.alert.AlertRule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts (regulator only; the security configuration refuses everyone else): anomalies the alerts read model
 * found across batches and operators, each naming its rule, batches, operators and the evidence events.
 */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "Anomalies for the regulator: mass balance, misdirection, certificate reuse, "
        + "expired-product sales, repeated rapid-test failures.")
public class AlertController {

    private static final String EXAMPLE = """
            {"alertId": "05b2e403-e208-3f13-b69c-5c00c540f397", "rule": "MISDIRECTED_ENTRY", "severity": "MEDIUM",
             "raisedAt": "2026-11-23T08:00:00Z",
             "summary": "Operator 5d1c… tried to admit batch 9f2d… (Choy sum), which was sent to 7a0b….",
             "operatorIds": ["5d1c8a2b-7e4f-4b6a-8c3d-9e0f1a2b3c4d", "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"],
             "batchIds": ["9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7"],
             "evidence": [{"eventType": "MisdirectedEntryAttempted",
                           "batchId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7",
                           "aggregateId": "9f2d3c4b-5a6e-4f70-8b91-a2b3c4d5e6f7", "sequenceNumber": 2,
                           "at": "2026-11-23T08:00:00Z", "eventIdentifier": "c3b1e0a2-…"}]}""";

    private final AlertQueries alerts;

    public AlertController(AlertQueries alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "List alerts (regulator)", description = "Newest first. Filters: rule, an operator or a "
            + "batch the alert names, raised at or after since (an instant, or a date meaning its start in UTC). "
            + "Paging: limit (default 100, at most 1000) and offset.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AlertList.class),
            examples = @ExampleObject("{\"alerts\": [" + EXAMPLE + "], \"limit\": 100, \"offset\": 0}")))
    public AlertList list(@Parameter(description = "an alert rule") @RequestParam(required = false) AlertRule rule,
                          @Parameter(description = "an operator the alert names") @RequestParam(required = false)
                          String operatorId,
                          @Parameter(description = "a batch the alert names") @RequestParam(required = false)
                          String batchId,
                          @Parameter(description = "raised at or after: 2026-11-23T08:00:00Z or 2026-11-23")
                          @RequestParam(required = false) String since,
                          @Parameter(description = "1 to 1000, default 100") @RequestParam(required = false)
                          Integer limit,
                          @Parameter(description = "alerts to skip, default 0") @RequestParam(required = false)
                          Integer offset) {
        int pageSize = limit == null ? AlertFilter.DEFAULT_LIMIT : limit;
        if (pageSize < 1 || pageSize > AlertFilter.MAX_LIMIT) {
            throw ApiProblem.invalid("limit", "must be 1 to " + AlertFilter.MAX_LIMIT);
        }
        int skip = offset == null ? 0 : offset;
        if (skip < 0) {
            throw ApiProblem.invalid("offset", "must not be negative");
        }
        AlertFilter filter = new AlertFilter(rule, uuid("operatorId", operatorId), uuid("batchId", batchId),
                instant(since), pageSize, skip);
        return new AlertList(alerts.list(filter), pageSize, skip);
    }

    @GetMapping("/{alertId}")
    @Operation(summary = "One alert (regulator)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Alert.class),
            examples = @ExampleObject(EXAMPLE)))
    public Alert find(@PathVariable String alertId) {
        return alerts.find(Ids.fromPath(alertId)).orElseThrow(() -> ApiProblem.notFound("No such alert."));
    }

    private static String uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Ids.fromPath(value);
        } catch (ApiProblem notAnId) {
            throw ApiProblem.invalid(field, "must be a UUID");
        }
    }

    private static Instant instant(String since) {
        if (since == null) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("since", "must be an instant (2026-11-23T08:00:00Z) or a date (2026-11-23)");
        }
    }
}
