package org.foodtrace.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.foodtrace.api.export.csv.TraceCsvWriter;
import org.foodtrace.api.export.csv.TraceRow;
import org.foodtrace.api.export.csv.TraceRowMapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The spreadsheet export, read back the way a spreadsheet program or a script would read it. */
class TraceCsvTest {

    private final InMemoryLineage store = new InMemoryLineage();

    private byte[] csv(String batchId) {
        return TraceCsvWriter.write(TraceRowMapper.rows(store.lineageOf(batchId)));
    }

    static List<Map<String, String>> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(TraceCsvWriter.BOM);
        CsvMapper mapper = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    private List<Map<String, String>> rowsOf(String batchId) {
        return parse(csv(batchId));
    }

    @Test
    void starts_with_a_utf8_byte_order_mark_and_the_header_row() {
        byte[] bytes = csv(store.carcass);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String firstLine = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().findFirst().orElseThrow();
        assertThat(firstLine).isEqualTo(String.join(",", TraceCsvWriter.header()));
        assertThat(TraceCsvWriter.header()).startsWith(TraceRow.EVENT_TIME, TraceRow.EVENT_TYPE, TraceRow.LOT_CODE);
    }

    @Test
    void lines_end_with_crlf() {
        String text = new String(csv(store.carcass), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n").doesNotContain("\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void one_row_per_tracking_event_of_every_lot_upstream_and_downstream() {
        List<Map<String, String>> rows = rowsOf(store.carcass);

        assertThat(rows).extracting(r -> r.get(TraceRow.EVENT_TYPE)).containsExactlyInAnyOrder(
                "REGISTRATION", "ORIGIN_EXIT", "MARKET_ENTRY", "SLAUGHTER", "SLAUGHTER_OUTPUT", "INSPECTION",
                "SPLIT", "SPLIT_PART", "SPLIT_PART", "DISPATCH", "DISPATCH", "DISPATCHED_LOT", "DISPATCHED_LOT",
                "MARKET_ENTRY", "MARKET_ENTRY", "SALE", "SALE");
        assertThat(rows).extracting(r -> r.get(TraceRow.LOT_CODE)).containsOnly(store.code(store.pigs),
                store.code(store.carcass), store.code(store.partA), store.code(store.partB),
                store.code(store.toStallA), store.code(store.toStallB));
    }

    @Test
    void rows_are_sorted_by_time_then_lot_code() {
        List<Map<String, String>> rows = rowsOf(store.formula);

        List<String> keys = new ArrayList<>();
        for (Map<String, String> row : rows) {
            keys.add(OffsetDateTime.parse(row.get(TraceRow.EVENT_TIME)).toInstant() + " " + row.get(TraceRow.LOT_CODE));
        }
        assertThat(keys).isSorted();
        assertThat(rows).allSatisfy(r -> assertThat(r.get(TraceRow.EVENT_TIME)).endsWith("+08:00"));
    }

    @Test
    void chinese_text_survives_intact() {
        List<Map<String, String>> rows = rowsOf(store.carcass);

        assertThat(rows.get(0).get(TraceRow.PRODUCT)).isEqualTo("生猪 Live pigs");
        assertThat(rows.get(0).get(TraceRow.LOCATION)).isEqualTo("平岗养猪场 Pinggang Pig Farm");
        assertThat(rows).anySatisfy(r -> assertThat(r.get(TraceRow.NEXT_RECIPIENT)).isEqualTo("张三 食堂"));
    }

    @Test
    void shipping_names_the_next_recipient_and_the_certificate() {
        Map<String, String> exit = rowsOf(store.pigs).stream()
                .filter(r -> r.get(TraceRow.EVENT_TYPE).equals("ORIGIN_EXIT")).findFirst().orElseThrow();

        assertThat(exit.get(TraceRow.LOT_CODE)).isEqualTo(store.code(store.pigs));
        assertThat(exit.get(TraceRow.QUANTITY)).isEqualTo("20");
        assertThat(exit.get(TraceRow.UNIT)).isEqualTo("head");
        assertThat(exit.get(TraceRow.LOCATION_REGION)).isEqualTo("441702");
        assertThat(exit.get(TraceRow.NEXT_RECIPIENT)).isEqualTo("阳江定点屠宰场");
        assertThat(exit.get(TraceRow.REFERENCE_DOCUMENT)).isEqualTo("ANIMAL_QUARANTINE 4417020012345");
    }

    @Test
    void receiving_names_the_previous_source() {
        Map<String, String> entry = rowsOf(store.formulaToSupermarket).stream()
                .filter(r -> r.get(TraceRow.EVENT_TYPE).equals("MARKET_ENTRY"))
                .filter(r -> r.get(TraceRow.LOT_CODE).equals(store.code(store.formulaToSupermarket)))
                .findFirst().orElseThrow();

        assertThat(entry.get(TraceRow.PREVIOUS_SOURCE)).isEqualTo("江城批发市场");
        assertThat(entry.get(TraceRow.QUANTITY)).isEqualTo("240");
        assertThat(entry.get(TraceRow.GTIN)).isEqualTo("06901234567892");
        assertThat(entry.get(TraceRow.LOT)).isEqualTo("L2026/11A");
        assertThat(entry.get(TraceRow.REFERENCE_DOCUMENT)).isEqualTo("FACTORY_INSPECTION FI-2026/11 #7");
    }

    @Test
    void a_transformation_shows_on_the_input_with_its_outputs_and_on_the_output_with_its_inputs() {
        List<Map<String, String>> rows = rowsOf(store.rice);

        assertThat(rows).filteredOn(r -> r.get(TraceRow.EVENT_TYPE).equals("TRANSFORMATION")).hasSize(2)
                .allSatisfy(r -> assertThat(r.get(TraceRow.NEXT_RECIPIENT)).contains(store.code(store.rice)));
        Map<String, String> output = rows.stream()
                .filter(r -> r.get(TraceRow.EVENT_TYPE).equals("TRANSFORMATION_OUTPUT")).findFirst().orElseThrow();
        assertThat(output.get(TraceRow.PREVIOUS_SOURCE))
                .contains(store.code(store.paddyA) + " (1500 kg)").contains(store.code(store.paddyB) + " (1000 kg)");
    }

    @Test
    void sales_carry_the_sale_id_and_recalls_the_recall_id() {
        List<Map<String, String>> rows = rowsOf(store.formula);

        assertThat(rows).anySatisfy(r -> assertThat(r.get(TraceRow.REFERENCE_DOCUMENT)).isEqualTo("sale sale-F1"));
        Map<String, String> recall = rows.stream()
                .filter(r -> r.get(TraceRow.EVENT_TYPE).equals("RECALL")).findFirst().orElseThrow();
        assertThat(recall.get(TraceRow.REFERENCE_DOCUMENT)).isEqualTo("recall " + store.recallId);
        assertThat(recall.get(TraceRow.QUANTITY)).isEqualTo("237");
        assertThat(recall.get(TraceRow.DETAILS)).contains("level I").contains("阪崎肠杆菌");
    }

    @Test
    void a_buyer_that_is_a_registered_operator_is_named() {
        assertThat(rowsOf(store.formula))
                .anySatisfy(r -> {
                    assertThat(r.get(TraceRow.REFERENCE_DOCUMENT)).isEqualTo("sale sale-F2");
                    assertThat(r.get(TraceRow.NEXT_RECIPIENT)).isEqualTo("江城批发市场");
                });
    }

    @Test
    void an_inspection_by_the_regulator_is_located_at_the_holder() {
        Map<String, String> inspection = rowsOf(store.spinach).stream()
                .filter(r -> r.get(TraceRow.EVENT_TYPE).equals("INSPECTION")).findFirst().orElseThrow();

        assertThat(inspection.get(TraceRow.LOCATION)).isEqualTo("稻农 A");
        assertThat(inspection.get(TraceRow.DETAILS))
                .isEqualTo("organophosphate by enzyme-inhibition: 62 % (limit 50) FAIL; by the regulator");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused() {
        Map<String, String> entry = rowsOf(store.toStallB).stream()
                .filter(r -> r.get(TraceRow.EVENT_TYPE).equals("MARKET_ENTRY"))
                .filter(r -> r.get(TraceRow.LOT_CODE).equals(store.code(store.toStallB)))
                .findFirst().orElseThrow();

        assertThat(entry.get(TraceRow.LOCATION)).isEqualTo("'=HYPERLINK(\"x\") 西门档");
    }

    @Test
    void event_ids_match_the_epcis_export() {
        assertThat(rowsOf(store.pigs)).allSatisfy(r -> assertThat(r.get(TraceRow.EVENT_ID)).startsWith("urn:uuid:"));
    }
}
