package org.foodtrace.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server database tests run against: the one named by {@code TRACE_TEST_DB_URL} (a JDBC URL of a
 * database the test user may {@code CREATE DATABASE} from, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), or else one embedded server per test JVM.
 * Every caller gets a brand-new database, dropped when the JVM exits, so runs never see each other's data.
 */
public final class TestPostgres {

    public static final String SERVER_URL_VARIABLE = "TRACE_TEST_DB_URL";

    private static final List<String> created = new CopyOnWriteArrayList<>();
    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** A JDBC URL (user and password included) of a new, empty database. */
    public static synchronized String freshDatabaseUrl() {
        String admin = adminUrl();
        String name = "trace_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(admin, "CREATE DATABASE " + name);
        created.add(name);
        return withDatabase(admin, name);
    }

    /** Whether the tests run against an external server rather than the embedded one. */
    public static boolean usesServer() {
        String url = System.getenv(SERVER_URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    private static String adminUrl() {
        if (adminUrl != null) {
            return adminUrl;
        }
        if (usesServer()) {
            adminUrl = System.getenv(SERVER_URL_VARIABLE);
        } else {
            try {
                Path dir = Files.createTempDirectory("trace-test-pg");
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("data").toFile())
                        .setOverrideWorkingDirectory(dir.resolve("bin").toFile())
                        .setCleanDataDirectory(true)
                        .start();
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL for tests did not start: " + e.getMessage()
                        + ". Set " + SERVER_URL_VARIABLE + " to a PostgreSQL server instead.", e);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropAll, "drop-test-databases"));
        return adminUrl;
    }

    private static void dropAll() {
        for (String name : created) {
            try {
                execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // the server may already be stopping; the embedded one is deleted with its directory anyway
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // best effort at JVM exit
            }
        }
    }

    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed (" + sql + ") on " + url, e);
        }
    }
}
