package org.foodtrace.api.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.foodtrace.api.error.ProblemMapper;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

/** A write that lost an optimistic-concurrency race is run again; anything else is not; exhaustion is 409. */
class ConcurrencyRetryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConcurrencyRetry retry = new ConcurrencyRetry(meters);

    /** What PostgreSQL's driver reports when two transactions append the same (aggregate, sequence). */
    private static EventStoreException duplicateSequence() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        return new EventStoreException("An event for aggregate [x] at sequence [3] was already inserted", batch);
    }

    @Test
    void a_lost_race_is_run_again_until_it_wins() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.run(5, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw attempts.get() == 1 ? duplicateSequence() : new ConcurrencyException("sequence taken");
            }
            return "sold";
        });

        assertThat(result).isEqualTo("sold");
        assertThat(attempts).hasValue(3);
        assertThat(meters.counter("trace.writes.retries").count()).isEqualTo(2.0);
    }

    @Test
    void a_rule_refusal_is_not_retried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.run(5, () -> {
            attempts.incrementAndGet();
            throw new DomainRuleViolation(RuleCode.INSUFFICIENT_QUANTITY, "nothing left");
        })).isInstanceOf(DomainRuleViolation.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void exhausted_retries_answer_409_concurrent_modification() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.run(4, () -> {
            attempts.incrementAndGet();
            throw duplicateSequence();
        })).satisfies(failure -> {
            assertThat(ProblemMapper.toProblem(failure).getStatus()).isEqualTo(409);
            assertThat(ProblemMapper.toProblem(failure).getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
        });
        assertThat(attempts).hasValue(4);
    }

    @Test
    void other_store_failures_are_not_mistaken_for_a_race() {
        EventStoreException outage = new EventStoreException("connection lost", new SQLException("gone", "08006"));

        assertThat(ProblemMapper.isConcurrencyConflict(outage)).isFalse();
        assertThat(ProblemMapper.isConcurrencyConflict(duplicateSequence())).isTrue();
    }
}
