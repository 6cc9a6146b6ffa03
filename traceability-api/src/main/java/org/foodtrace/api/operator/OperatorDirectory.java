package org.foodtrace.api.operator;

import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.security.Caller;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The consistent operator look-up of the command side: it folds the operator's own events from the event
 * store (inside the write's transaction), never the eventually consistent registry, so a suspension or a new
 * operator counts for every request answered after the one that made it.
 */
@Component
public class OperatorDirectory {

    private final EventStore eventStore;

    public OperatorDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<OperatorFile> find(String operatorId) {
        DomainEventStream events = eventStore.readEvents(operatorId);
        OperatorFile file = null;
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof OperatorRegistered registered) {
                file = new OperatorFile(registered.operatorId(), registered.name(), registered.kind(),
                        registered.designatedSlaughterhouse(), false);
            } else if (file == null) {
                return Optional.empty();
            } else if (payload instanceof OperatorSuspended) {
                file = withSuspension(file, true);
            } else if (payload instanceof OperatorReinstated) {
                file = withSuspension(file, false);
            }
        }
        return Optional.ofNullable(file);
    }

    /** The actor of a write: the regulator, or the token's operator as it stands now (suspended or not). */
    public Actor actorFor(Caller caller) {
        if (caller.regulator()) {
            return Actor.theRegulator();
        }
        return find(caller.id()).map(OperatorFile::actor).orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED,
                ProblemCodes.UNAUTHENTICATED, "The token's operator is not registered."));
    }

    /** A destination named in a request; an id that names no operator is refused with 422 UNKNOWN_OPERATOR. */
    public OperatorProfile destination(String operatorId) {
        return find(operatorId).map(OperatorFile::profile).orElseThrow(() -> new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT, ProblemCodes.UNKNOWN_OPERATOR,
                "No operator is registered with id " + operatorId + "."));
    }

    private static OperatorFile withSuspension(OperatorFile file, boolean suspended) {
        return new OperatorFile(file.operatorId(), file.name(), file.kind(), file.designatedSlaughterhouse(),
                suspended);
    }
}
