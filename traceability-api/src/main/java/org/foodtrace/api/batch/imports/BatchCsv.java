package org.foodtrace.api.batch.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.error.Violation;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an import file: UTF-8 (an optional byte-order mark), RFC 4180 CSV, a header row naming columns of
 * {@code POST /api/v1/batches} (the quantity as {@code quantityAmount} and {@code quantityUnit}), then one batch
 * per row. Values are trimmed; empty cells and blank lines count as absent. A file whose header, encoding or
 * quoting is wrong is refused as a whole (400); a row with the wrong number of values is kept as malformed.
 */
final class BatchCsv {

    static final List<String> COLUMNS = List.of("category", "product", "species", "quantityAmount", "quantityUnit",
            "originRegion", "producedOn", "gtin", "lot", "expiresOn");
    static final List<String> REQUIRED = List.of("category", "product", "quantityAmount", "quantityUnit",
            "originRegion", "producedOn");

    private static final String BOM = "\uFEFF";
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.TRIM_SPACES)
            .build();

    private BatchCsv() {
    }

    /** The batch rows of the file, at most {@code maxRows}; a file that cannot be an import is a 400. */
    static List<CsvRow> parse(byte[] file, int maxRows) {
        String text = decode(file);
        if (text.isBlank()) {
            throw refused("body", "the file is empty; it needs a header row and one row per batch");
        }
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = null;
        int line = 1;
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(text)) {
            for (; records.hasNextValue(); line = records.parser().currentTokenLocation().getLineNr() + 1) {
                String[] cells = records.nextValue();
                if (isBlank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = header(cells);
                } else if (rows.size() == maxRows) {
                    throw refused("body", "has more than " + maxRows + " batch rows; split it into several files");
                } else {
                    rows.add(row(line, header, cells));
                }
            }
        } catch (JacksonException e) {
            throw refused("line " + line, "is not valid CSV (" + e.getOriginalMessage()
                    + "); a value with a comma, quote or line break must be quoted and its quotes doubled");
        }
        if (rows.isEmpty()) {
            throw refused("body", "has a header row but no batch rows");
        }
        return rows;
    }

    private static List<String> header(String[] cells) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (String cell : cells) {
            String name = cell.trim();
            if (!COLUMNS.contains(name)) {
                problems.add(new Violation("header", "names an unknown column '" + name + "'; columns are "
                        + String.join(", ", COLUMNS)));
            } else if (!seen.add(name)) {
                problems.add(new Violation("header", "names the column '" + name + "' twice"));
            }
            names.add(name);
        }
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                problems.add(new Violation("header", "lacks the required column '" + required + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST,
                    "The first row must name the columns of the batches: " + String.join(",", COLUMNS)
                            + " (" + String.join(", ", REQUIRED) + " required).", problems);
        }
        return names;
    }

    private static CsvRow row(int line, List<String> header, String[] cells) {
        if (cells.length != header.size()) {
            return new CsvRow(line, Map.of(), "has " + cells.length + " values; the header names "
                    + header.size() + " columns");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                values.put(header.get(i), cells[i]);
            }
        }
        return new CsvRow(line, values, null);
    }

    private static boolean isBlank(String[] cells) {
        return cells.length == 0 || (cells.length == 1 && cells[0].isBlank());
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith(BOM) ? text.substring(BOM.length()) : text;
        } catch (CharacterCodingException e) {
            throw refused("body", "is not UTF-8 text");
        }
    }

    private static ApiProblem refused(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_REQUEST, "The CSV file cannot be imported.",
                List.of(new Violation(field, message)));
    }
}
