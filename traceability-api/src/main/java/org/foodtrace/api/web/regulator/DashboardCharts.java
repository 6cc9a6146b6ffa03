package org.foodtrace.api.web.regulator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.foodtrace.api.web.chart.BarChart;
import org.foodtrace.api.web.chart.DailyChart;
import org.foodtrace.api.web.chart.Series;
import org.foodtrace.api.web.chart.Svg;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.shared.TraceZone;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the dashboard's statistics into charts over the last {@value #DAYS} days, labelled in the page's language. */
@Component
public class DashboardCharts {

    static final int DAYS = 14;

    private final DashboardStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    public DashboardCharts(DashboardStatistics statistics, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    public record Charts(Svg registrations, Svg refusals, Svg passRates) {
    }

    public Charts charts(Locale locale) {
        List<LocalDate> days = days();
        LocalDate from = days.get(0);
        return new Charts(registrations(days, from, locale), refusals(from, locale), passRates(days, from, locale));
    }

    List<LocalDate> days() {
        LocalDate today = TraceZone.dateOf(clock.instant());
        List<LocalDate> days = new ArrayList<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        return days;
    }

    private Svg registrations(List<LocalDate> days, LocalDate from, Locale locale) {
        Map<String, Map<LocalDate, Double>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category.name(), new HashMap<>());
        }
        statistics.registrationsPerCategory(from).forEach(count ->
                byCategory.computeIfAbsent(count.key(), key -> new HashMap<>())
                        .merge(count.day(), (double) count.count(), Double::sum));
        List<Series> series = new ArrayList<>();
        byCategory.forEach((category, values) -> series.add(new Series(
                messages.getMessage("category." + category, null, category, locale), values)));
        return DailyChart.stackedCounts(text("dashboard.chart.registrations", locale), days, series);
    }

    private Svg refusals(LocalDate from, Locale locale) {
        List<BarChart.Bar> bars = statistics.refusedAdmissions(from).stream()
                .map(count -> new BarChart.Bar(messages.getMessage("refusal." + count.reason(), null,
                        count.reason(), locale), count.count()))
                .toList();
        return BarChart.horizontal(text("dashboard.chart.refusals", locale), bars);
    }

    private Svg passRates(List<LocalDate> days, LocalDate from, Locale locale) {
        Map<String, Map<LocalDate, Double>> byMarket = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        statistics.inspectionsPerMarket(from).forEach(tests -> {
            names.put(tests.operatorId(), tests.market());
            byMarket.computeIfAbsent(tests.operatorId(), id -> new HashMap<>()).put(tests.day(), tests.passRate());
        });
        List<Series> series = new ArrayList<>();
        byMarket.forEach((id, values) -> series.add(new Series(names.get(id), values)));
        return DailyChart.percentLines(text("dashboard.chart.passRates", locale), days, series);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
