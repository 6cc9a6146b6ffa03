package org.foodtrace.api.command;

import org.foodtrace.api.error.Problems;
import org.foodtrace.api.error.RuleStatus;
import org.foodtrace.core.shared.RuleCode;
import org.springframework.http.HttpStatus;

/**
 * The answer a write decided on inside its transaction: a success body, no body (204), or a refusal the domain
 * recorded instead of throwing (market entry, slaughter), which commits its events and still answers 403/422.
 * {@code replayBody} is what a replay of the same idempotency key answers; it differs only where the first
 * answer holds a secret the service must not keep (an operator's API token).
 */
public record Reply(HttpStatus status, Object body, Object replayBody) {

    public static Reply created(Object body) {
        return new Reply(HttpStatus.CREATED, body, body);
    }

    public static Reply accepted(Object body) {
        return new Reply(HttpStatus.ACCEPTED, body, body);
    }

    public static Reply ok(Object body) {
        return new Reply(HttpStatus.OK, body, body);
    }

    public static Reply noContent() {
        return new Reply(HttpStatus.NO_CONTENT, null, null);
    }

    public static Reply recordedRefusal(RuleCode code, String detail) {
        HttpStatus status = RuleStatus.of(code);
        var problem = Problems.of(status, code.name(), detail);
        return new Reply(status, problem, problem);
    }

    /** The same answer, replayed with a body that leaves out what must be shown only once. */
    public Reply replayedAs(Object redactedBody) {
        return new Reply(status, body, redactedBody);
    }

    Reply forReplay() {
        return new Reply(status, replayBody, replayBody);
    }
}
