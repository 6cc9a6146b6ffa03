package org.foodtrace.projections.database;

/** The embedded PostgreSQL cannot start on this machine; the message names the fix. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final String action;

    public EmbeddedDatabaseUnavailableException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
