package org.foodtrace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * The PostgreSQL server the benchmark runs on, reached through an administrative JDBC URL, and the fresh
 * database the run creates there (dropped first if a previous run left it).
 */
public record Database(String host, int port, String user, String password, String name) {

    public static Database on(String adminUrl, String databaseName) {
        Properties properties = Driver.parseURL(adminUrl, null);
        if (properties == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl);
        }
        String user = properties.getProperty("user", System.getProperty("user.name"));
        return new Database(properties.getProperty("PGHOST", "127.0.0.1").split(",")[0],
                Integer.parseInt(properties.getProperty("PGPORT", "5432").split(",")[0]), user,
                properties.getProperty("password", ""), databaseName);
    }

    /** The service's and the seeder's URL (credentials apart, as the service takes them). */
    public String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), credentials());
    }

    public String urlWithCredentials() {
        return url() + "?user=" + user + (password.isEmpty() ? "" : "&password=" + password);
    }

    /** Drops and creates the benchmark database. */
    public void recreate() throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", credentials());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /**
     * Refreshes the planner's statistics of every table, as autovacuum does some time after a table fills: right
     * after a rebuild the read-model tables have none, and the trace query then scans instead of using its indexes.
     */
    public void analyze() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    public String serverVersion() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT version()")) {
            result.next();
            return result.getString(1);
        }
    }

    /** Connection options of the PostgreSQL command-line tools (pgbench). */
    public List<String> cliArguments() {
        return new ArrayList<>(List.of("-h", host, "-p", Integer.toString(port), "-U", user, name));
    }

    public Map<String, String> cliEnvironment() {
        return password.isEmpty() ? Map.of() : Map.of("PGPASSWORD", password);
    }

    private Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        return properties;
    }
}
