package org.foodtrace.api.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final List<LocalDate> DAYS = List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));

    @Test
    void roundsTheScaleUpToARoundNumber() {
        assertThat(DailyChart.niceCeiling(3)).isEqualTo(4);
        assertThat(DailyChart.niceCeiling(7)).isEqualTo(10);
        assertThat(DailyChart.niceCeiling(23)).isEqualTo(25);
        assertThat(DailyChart.niceCeiling(180)).isEqualTo(200);
    }

    @Test
    void stacksTheCountsOfOneDay() {
        Svg svg = DailyChart.stackedCounts("registrations", DAYS, List.of(
                new Series("Vegetables", Map.of(MONDAY, 2.0)),
                new Series("Meat", Map.of(MONDAY, 2.0, MONDAY.plusDays(2), 1.0))));

        assertThat(svg.rects()).hasSize(3);
        Svg.Rect vegetables = svg.rects().get(0);
        Svg.Rect meat = svg.rects().get(1);
        assertThat(meat.y() + meat.h()).as("meat sits on the vegetables").isCloseTo(vegetables.y(),
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(meat.h()).isCloseTo(vegetables.h(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(svg.legend()).extracting(Svg.LegendEntry::label).containsExactly("Vegetables", "Meat");
        assertThat(svg.rects()).extracting(Svg.Rect::tooltip).contains("Meat 2026-11-18: 1");
    }

    @Test
    void drawsPercentagesAsLinesThroughTheDaysWithData() {
        Svg svg = DailyChart.percentLines("pass rate", DAYS, List.of(
                new Series("East Gate market", Map.of(MONDAY, 100.0, MONDAY.plusDays(2), 50.0))));

        assertThat(svg.circles()).hasSize(2);
        assertThat(svg.paths()).singleElement().satisfies(path -> assertThat(path.d()).startsWith("M").contains(" L"));
        assertThat(svg.circles().get(1).cy()).as("50% lies lower than 100%").isGreaterThan(svg.circles().get(0).cy());
        assertThat(svg.texts()).extracting(Svg.Text::text).contains("100%", "0%", "11-16");
    }

    @Test
    void drawsBarsInProportion() {
        Svg svg = BarChart.horizontal("refusals", List.of(new BarChart.Bar("mismatch", 4),
                new BarChart.Bar("expired", 2)));

        assertThat(svg.rects().get(1).w()).isCloseTo(svg.rects().get(0).w() / 2, org.assertj.core.data.Offset.offset(0.2));
        assertThat(svg.texts()).extracting(Svg.Text::text).contains("mismatch", "expired", "4", "2");
    }

    @Test
    void saysWhenThereIsNothingToDraw() {
        assertThat(BarChart.horizontal("refusals", List.of()).empty()).isTrue();
        assertThat(DailyChart.percentLines("pass rate", DAYS, List.of()).empty()).isTrue();
    }
}
