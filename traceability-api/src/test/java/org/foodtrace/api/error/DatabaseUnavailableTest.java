package org.foodtrace.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** An unreachable database is 503 DATABASE_UNAVAILABLE however it is wrapped; other failures keep their status. */
class DatabaseUnavailableTest {

    private static final SQLException POOL_TIMEOUT =
            new SQLTransientConnectionException("trace - Connection is not available, request timed out after 3000ms");

    @Test
    void the_pool_timing_out_is_an_outage() {
        assertThat(DatabaseUnavailable.isCause(POOL_TIMEOUT)).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no", POOL_TIMEOUT))).isTrue();
    }

    @Test
    void a_transaction_that_cannot_begin_for_want_of_a_connection_is_an_outage() {
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", POOL_TIMEOUT))).isTrue();
    }

    @Test
    void springs_resource_and_transient_failures_are_an_outage() {
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new TransientDataAccessResourceException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new QueryTimeoutException("slow"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P02", "57P03"})
    void connection_and_shutdown_sql_states_are_an_outage(String state) {
        assertThat(DatabaseUnavailable.isCause(new SQLException("server says no", state))).isTrue();
    }

    @Test
    void axon_and_other_wrappers_are_looked_through() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        assertThat(DatabaseUnavailable.isCause(new CommandExecutionException("failed",
                new EventStoreException("append failed", new IllegalStateException("unit of work failed", terminated))))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new JdbcException("Failed to create a SQL statement",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void other_database_errors_are_not_an_outage() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("closed, says someone else"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new OptimisticLockingFailureException("lost the race"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void the_problem_is_503_database_unavailable() {
        ProblemDetail problem = ProblemMapper.toProblem(new EventStoreException("append failed", POOL_TIMEOUT));
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE");
        assertThat(problem.getType().toString()).isEqualTo("urn:foodtrace:problem:database-unavailable");
        assertThat(problem.getTitle()).isEqualTo("Service Unavailable");
        assertThat(problem.getDetail()).doesNotContain("3000ms");
    }

    @Test
    void a_lost_race_stays_409_and_a_rule_stays_its_own_status() {
        assertThat(ProblemMapper.toProblem(new ConcurrencyException("lost")).getStatus()).isEqualTo(409);
        assertThat(ProblemMapper.toProblem(new DomainRuleViolation(RuleCode.INSUFFICIENT_QUANTITY, "no"))
                .getStatus()).isEqualTo(422);
        assertThat(ProblemMapper.isRefusal(POOL_TIMEOUT)).isFalse();
    }
}
