package org.foodtrace.api.error;

import java.sql.SQLException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns what a command or query threw into the problem document the client gets: a database outage is 503,
 * unknown failures are 500.
 */
public final class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private ProblemMapper() {
    }

    public static ProblemDetail toProblem(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof DomainRuleViolation violation) {
            return Problems.of(RuleStatus.of(violation.code()), violation.code().name(), violation.getMessage());
        }
        if (cause instanceof ApiProblem problem) {
            return Problems.of(problem.status(), problem.code(), problem.getMessage(), problem.violations());
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return Problems.of(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                    "No batch or operator with id " + notFound.getAggregateIdentifier() + ".");
        }
        if (isConcurrencyConflict(cause) || cause instanceof AggregateStreamCreationException) {
            return Problems.of(HttpStatus.CONFLICT, ProblemCodes.CONCURRENT_MODIFICATION,
                    "Other changes to the same batch kept winning; try again.");
        }
        if (DatabaseUnavailable.isCause(failure)) {
            log.warn("Database unavailable, answering 503: {}", rootMessage(failure));
            return DatabaseUnavailable.problem();
        }
        log.error("Request failed unexpectedly", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
                "The service could not complete the request.");
    }

    /** Whether the failure is a decided refusal (a rule or the API) rather than a transient or internal one. */
    public static boolean isRefusal(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof DomainRuleViolation || cause instanceof ApiProblem
                || cause instanceof AggregateNotFoundException;
    }

    /**
     * Another command changed the same aggregate first (optimistic concurrency), or a lock conflict. Axon reports
     * a duplicate (aggregate, sequence) as a ConcurrencyException, or, when the driver reports it inside a batch
     * update, as an EventStoreException caused by a unique violation (SQLState 23505).
     */
    public static boolean isConcurrencyConflict(Throwable failure) {
        boolean inEventStore = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof ConcurrencyFailureException) {
                return true;
            }
            inEventStore |= t instanceof EventStoreException;
            if (inEventStore && t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's class and message, for a one-line log entry without a stack trace. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Axon wraps handler failures it cannot pass on as they are; the refusal inside is what counts. */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CommandExecutionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
