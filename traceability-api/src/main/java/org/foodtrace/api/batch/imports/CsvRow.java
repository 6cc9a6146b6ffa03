package org.foodtrace.api.batch.imports;

import java.util.Map;

/**
 * One batch row of an import file: the file line it starts on (the header is line 1), its values by column
 * (empty cells left out), or why its shape is wrong (more or fewer values than the header has columns).
 */
record CsvRow(int line, Map<String, String> values, String malformed) {
}
