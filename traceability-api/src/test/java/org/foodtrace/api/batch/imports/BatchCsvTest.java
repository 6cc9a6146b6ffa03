package org.foodtrace.api.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.Violation;
import org.junit.jupiter.api.Test;

/** How an import file is read: lines, quoting, the byte-order mark, and what refuses the whole file. */
class BatchCsvTest {

    private static final String HEADER = "category,product,quantityAmount,quantityUnit,originRegion,producedOn\n";

    private static List<CsvRow> parse(String text) {
        return BatchCsv.parse(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    private static List<Violation> refusal(String text) {
        try {
            parse(text);
        } catch (ApiProblem problem) {
            assertThat(problem.status().value()).isEqualTo(400);
            return problem.violations();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void rows_carry_the_file_line_they_start_on_counting_the_header_as_line_one() {
        List<CsvRow> rows = parse(HEADER
                + "VEGETABLE,Bok choy,5,kg,441702,2026-11-20\n"
                + "\n"
                + "VEGETABLE,\"Two-line\nname\",5,kg,441702,2026-11-20\r\n"
                + "VEGETABLE,\"Cabbage, \"\"Napa\"\"\",5,kg,441702,2026-11-20");

        assertThat(rows).extracting(CsvRow::line).containsExactly(2, 4, 6);
        assertThat(rows.get(1).values()).containsEntry("product", "Two-line\nname");
        assertThat(rows.get(2).values()).containsEntry("product", "Cabbage, \"Napa\"");
    }

    @Test
    void a_byte_order_mark_and_spaces_around_values_are_ignored_and_empty_cells_are_absent() {
        List<CsvRow> rows = parse("\uFEFF" + HEADER.replace(",product", " , product ")
                + "VEGETABLE , Bok choy ,5,kg,441702,2026-11-20\n,x,,,,\n");

        assertThat(rows.get(0).values()).containsEntry("category", "VEGETABLE").containsEntry("product", "Bok choy");
        assertThat(rows.get(1).values()).containsOnlyKeys("product");
    }

    @Test
    void a_row_with_more_or_fewer_values_than_the_header_is_kept_as_malformed() {
        List<CsvRow> rows = parse(HEADER + "VEGETABLE,Bok choy,5,kg,441702,2026-11-20,extra\nVEGETABLE\n");

        assertThat(rows).extracting(CsvRow::malformed)
                .containsExactly("has 7 values; the header names 6 columns", "has 1 values; the header names 6 columns");
    }

    @Test
    void a_header_with_an_unknown_duplicate_or_missing_column_refuses_the_file() {
        assertThat(refusal("category,product,colour,product,quantityUnit,originRegion,producedOn\nx,y,z,w,kg,1,2\n"))
                .extracting(Violation::message)
                .containsExactly("names an unknown column 'colour'; columns are category, product, species, "
                                + "quantityAmount, quantityUnit, originRegion, producedOn, gtin, lot, expiresOn",
                        "names the column 'product' twice",
                        "lacks the required column 'quantityAmount'");
    }

    @Test
    void an_empty_file_or_one_without_batch_rows_is_refused() {
        assertThat(refusal("")).extracting(Violation::field).containsExactly("body");
        assertThat(refusal("\uFEFF \n")).extracting(Violation::message)
                .containsExactly("the file is empty; it needs a header row and one row per batch");
        assertThat(refusal(HEADER + "\n")).extracting(Violation::message)
                .containsExactly("has a header row but no batch rows");
    }

    @Test
    void an_unclosed_quote_refuses_the_file_naming_the_line_it_opens_on() {
        assertThat(refusal(HEADER + "VEGETABLE,Bok choy,5,kg,441702,2026-11-20\nVEGETABLE,\"open,5,kg\n"))
                .extracting(Violation::field).containsExactly("line 3");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() {
        assertThatThrownBy(() -> BatchCsv.parse(new byte[] {'c', (byte) 0xC3, (byte) 0x28}, 10))
                .isInstanceOf(ApiProblem.class).hasMessage("The CSV file cannot be imported.");
    }

    @Test
    void more_rows_than_allowed_refuse_the_file() {
        String rows = "VEGETABLE,Bok choy,5,kg,441702,2026-11-20\n".repeat(3);
        assertThatThrownBy(() -> BatchCsv.parse((HEADER + rows).getBytes(StandardCharsets.UTF_8), 2))
                .isInstanceOf(ApiProblem.class);
    }
}
