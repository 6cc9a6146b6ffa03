package org.foodtrace.api.maintenance;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.projections.ProcessingGroups;
import org.foodtrace.projections.maintenance.DeadLetterService;
import org.foodtrace.projections.maintenance.DeadLetterView;
import org.foodtrace.projections.maintenance.ReplayService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regulator's handles on the read side: list and retry a processing group's dead letters (after the cause is
 * fixed), and rebuild a read model by replaying the event store.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Maintenance", description = "Dead letters and read-model rebuilds (regulator)")
public class MaintenanceController {

    private final DeadLetterService deadLetters;
    private final ReplayService replay;
    private final EventProcessingConfiguration processing;

    public MaintenanceController(DeadLetterService deadLetters, ReplayService replay,
                                 EventProcessingConfiguration processing) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.processing = processing;
    }

    @GetMapping("/dead-letters/{group}")
    @Operation(summary = "Events parked in a processing group's dead-letter queue, with their causes")
    public List<DeadLetterView> deadLetters(@PathVariable String group) {
        return deadLetters.list(existingGroup(group));
    }

    @PostMapping("/dead-letters/{group}/retry")
    @Operation(summary = "Retry every dead-lettered sequence of a group once, in order")
    public RetryResult retry(@PathVariable String group) {
        String known = existingGroup(group);
        int applied = deadLetters.retry(known);
        return new RetryResult(known, applied, deadLetters.list(known).size());
    }

    @PostMapping("/read-models/{group}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Empty a read model and rebuild it by replaying the event store (this node only)")
    public ReadModelState rebuild(@PathVariable String group) {
        String model = readModel(group);
        replay.rebuild(model);
        return new ReadModelState(model, replay.caughtUp(model));
    }

    @GetMapping("/read-models/{group}")
    @Operation(summary = "Whether a read model has caught up with the event store")
    public ReadModelState readModelState(@PathVariable String group) {
        String model = readModel(group);
        return new ReadModelState(model, replay.caughtUp(model));
    }

    private String existingGroup(String group) {
        if (!processing.eventProcessors().containsKey(group) || processing.deadLetterQueue(group).isEmpty()) {
            throw ApiProblem.notFound("No processing group with a dead-letter queue is called " + group + ".");
        }
        return group;
    }

    private static String readModel(String group) {
        if (!ProcessingGroups.READ_MODELS.contains(group)) {
            throw ApiProblem.notFound("No read model is called " + group + "; read models: "
                    + String.join(", ", ProcessingGroups.READ_MODELS) + ".");
        }
        return group;
    }

    /** What a retry did: letters applied and evicted, letters still parked. */
    public record RetryResult(String group, int applied, int remaining) {
    }

    /** A read model and whether it has caught up with the event store. */
    public record ReadModelState(String group, boolean caughtUp) {
    }
}
