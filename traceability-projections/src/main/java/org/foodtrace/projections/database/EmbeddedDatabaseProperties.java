package org.foodtrace.projections.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL the service starts when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the database files live; survives restarts (default {@code ~/.foodtrace/postgres})
 * @param fresh         wipe the data directory before starting (a clean, empty database)
 * @param port          TCP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("trace.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean fresh, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".foodtrace", "postgres");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("trace.database.embedded.port must be between 0 and 65535");
        }
    }
}
