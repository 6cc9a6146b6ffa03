package org.foodtrace.projections.testing;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Every read-model table of the database, dumped row by row in a stable order for byte-for-byte comparison. */
public final class ReadModelTables {

    private static final List<String> STORAGE = List.of("domainevententry", "snapshotevententry", "tokenentry",
            "sagaentry", "associationvalueentry", "deadletterentry", "flyway_schema_history");

    private final JdbcClient jdbc;

    public ReadModelTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> names() {
        return jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
                .query(String.class).list().stream()
                .filter(table -> !STORAGE.contains(table))
                .toList();
    }

    /** "== table" and then each row as PostgreSQL prints it, sorted, for every read-model table. */
    public String dump() {
        StringBuilder dump = new StringBuilder();
        for (String table : names()) {
            dump.append("== ").append(table).append('\n');
            jdbc.sql("SELECT CAST(t AS TEXT) FROM " + table + " t ORDER BY 1").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }
}
