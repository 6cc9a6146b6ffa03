package org.foodtrace.bench.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.foodtrace.bench.Database;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that the seeded rows look exactly like the rows the service itself wrote during the run: for every
 * event type both wrote, the same aggregate type, payload revision, JSON shape (field names, recursively,
 * and JSON value kinds), metadata keys and timestamp format.
 */
public final class SeedFidelity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern AXON_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private SeedFidelity() {
    }

    /** Differences found (empty when every shared event type matches), and which types were compared. */
    public record Report(List<String> compared, List<String> differences) {
    }

    private record Shape(String aggregateType, String revision, String payload, String metadataKeys,
                         boolean timestampFormat) {
    }

    public static Report check(Database database, long seededHead) throws SQLException {
        Map<String, Shape> seeded = shapes(database, "globalindex <= ?", seededHead);
        Map<String, Shape> written = shapes(database, "globalindex > ?", seededHead);
        List<String> compared = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Shape> entry : written.entrySet()) {
            Shape ours = seeded.get(entry.getKey());
            if (ours == null) {
                continue;
            }
            compared.add(entry.getKey());
            Shape theirs = entry.getValue();
            if (!Objects.equals(ours, theirs)) {
                differences.add(entry.getKey() + ": seeded " + ours + " but the service wrote " + theirs);
            }
        }
        return new Report(compared, differences);
    }

    /** One row per payload and aggregate type (the last one written of each), reduced to its shape. */
    private static Map<String, Shape> shapes(Database database, String where, long head) throws SQLException {
        Map<String, Shape> shapes = new TreeMap<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT DISTINCT ON (payloadtype, type) payloadtype, type, payloadrevision, payload, metadata,
                            timestamp
                     FROM domainevententry WHERE %s ORDER BY payloadtype, type, globalindex DESC""".formatted(where))) {
            statement.setLong(1, head);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    JsonNode metadata = JSON.readTree(rows.getBytes(5));
                    shapes.put(rows.getString(1).substring(rows.getString(1).lastIndexOf('.') + 1) + " of "
                                    + rows.getString(2),
                            new Shape(rows.getString(2), rows.getString(3), shape(JSON.readTree(rows.getBytes(4))),
                                    new TreeSet<>(metadata.propertyNames()).toString(),
                                    AXON_TIMESTAMP.matcher(rows.getString(6)).matches()));
                }
            }
        }
        return shapes;
    }

    /** Field names and value kinds; null and absent are the same (the service writes nulls, a seed may too). */
    static String shape(JsonNode node) {
        if (node.isObject()) {
            StringBuilder shape = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> it = new TreeMap<>(toMap(node)).entrySet().iterator();
                 it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                shape.append(field.getKey()).append(':').append(shape(field.getValue()));
                if (it.hasNext()) {
                    shape.append(',');
                }
            }
            return shape.append('}').toString();
        }
        if (node.isArray()) {
            return node.isEmpty() ? "[]" : "[" + shape(node.get(0)) + "]";
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase();
    }

    private static Map<String, JsonNode> toMap(JsonNode node) {
        Map<String, JsonNode> fields = new TreeMap<>();
        for (String name : node.propertyNames()) {
            fields.put(name, node.get(name));
        }
        return fields;
    }
}
