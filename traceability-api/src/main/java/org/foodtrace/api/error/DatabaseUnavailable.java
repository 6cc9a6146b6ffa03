package org.foodtrace.api.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Recognises a failure caused by the database being out of reach (down, restarting, refusing connections, the
 * pool timing out waiting for one) anywhere in a cause chain, however Spring, Hibernate or Axon wrapped it; such a
 * request is answered {@code 503 DATABASE_UNAVAILABLE} with {@code Retry-After}, never 500. A lost concurrency race
 * is not an outage (it is 409).
 */
public final class DatabaseUnavailable {

    /** How long a client should wait before trying again; about one pool connection timeout plus a restart. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final String DETAIL = "The database is not reachable at the moment; nothing was recorded "
            + "unless a later read shows it. Try again later (an Idempotency-Key makes a retried write safe).";

    /** HikariCP's answer on a connection it already evicted as broken; it carries no SQLSTATE. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return false;
            }
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (isOutageState(sql.getSQLState())
                    || sql.getSQLState() == null && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, closed) and the server going away or not yet
     * accepting connections: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up).
     */
    static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.DATABASE_UNAVAILABLE, DETAIL);
    }

    /** Adds {@code Retry-After} (seconds) to a 503 answer. */
    public static void addRetryAfter(HttpHeaders headers) {
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
    }
}
