package org.foodtrace.api.export.csv;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes trace rows as RFC 4180 CSV (header row, CRLF line ends, a field quoted only when it holds a comma, quote or line break) in UTF-8 with a
 * byte-order mark, which is what makes Excel read Chinese text as UTF-8.
 */
public final class TraceCsvWriter {

    public static final String BOM = "\uFEFF";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(TraceRow.class)
            .withHeader()
            .withLineSeparator("\r\n");

    private TraceCsvWriter() {
    }

    public static byte[] write(List<TraceRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(BOM);
            try (SequenceWriter sequence = MAPPER.writer(SCHEMA).writeValues(out)) {
                sequence.writeAll(rows);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The column names, in order. */
    public static List<String> header() {
        return java.util.stream.StreamSupport.stream(SCHEMA.spliterator(), false)
                .map(CsvSchema.Column::getName)
                .toList();
    }
}
