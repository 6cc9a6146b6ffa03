package org.foodtrace.api.web.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charts over consecutive days: stacked bars of counts (e.g. batches registered per category), or lines of
 * percentages (e.g. inspection pass rate per market), with the days along the bottom.
 */
public final class DailyChart {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 260;
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 12;
    private static final double BOTTOM = 34;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    private DailyChart() {
    }

    public static Svg stackedCounts(String title, List<LocalDate> days, List<Series> series) {
        double max = 0;
        for (LocalDate day : days) {
            double total = series.stream().mapToDouble(s -> s.values().getOrDefault(day, 0.0)).sum();
            max = Math.max(max, total);
        }
        double top = niceCeiling(max);
        Frame frame = new Frame(days, top);
        List<Svg.Rect> rects = new ArrayList<>();
        double barWidth = Math.max(4, frame.step() * 0.6);
        for (LocalDate day : days) {
            double stacked = 0;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().getOrDefault(day, 0.0);
                if (value <= 0) {
                    continue;
                }
                double y0 = frame.y(stacked);
                double y1 = frame.y(stacked + value);
                rects.add(new Svg.Rect(frame.x(day) - barWidth / 2, y1, barWidth, y0 - y1, Palette.colour(s), null,
                        series.get(s).name() + " " + day + ": " + format(value), null));
                stacked += value;
            }
        }
        return new Svg(title, WIDTH, HEIGHT, rects, frame.gridLines(), List.of(), List.of(),
                frame.labels(v -> format(v)), legend(series));
    }

    public static Svg percentLines(String title, List<LocalDate> days, List<Series> series) {
        Frame frame = new Frame(days, 100);
        List<Svg.Path> paths = new ArrayList<>();
        List<Svg.Circle> circles = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            StringBuilder d = new StringBuilder();
            for (LocalDate day : days) {
                Double value = one.values().get(day);
                if (value == null) {
                    continue;
                }
                double x = frame.x(day);
                double y = frame.y(value);
                d.append(d.isEmpty() ? "M" : " L").append(Svg.n(x)).append(' ').append(Svg.n(y));
                circles.add(new Svg.Circle(x, y, 3.5, Palette.colour(s),
                        one.name() + " " + day + ": " + format(value) + "%"));
            }
            if (!d.isEmpty()) {
                paths.add(new Svg.Path(d.toString(), Palette.colour(s), 2, false));
            }
        }
        return new Svg(title, WIDTH, HEIGHT, List.of(), frame.gridLines(), paths, circles,
                frame.labels(v -> format(v) + "%"), legend(series));
    }

    private static List<Svg.LegendEntry> legend(List<Series> series) {
        List<Svg.LegendEntry> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Svg.LegendEntry(series.get(s).name(), Palette.colour(s)));
        }
        return legend;
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** 1, 2, 5 × 10ⁿ at or above the value, so the gridlines fall on round numbers. */
    static double niceCeiling(double value) {
        if (value <= 4) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Maps days and values to the plotting area. */
    private record Frame(List<LocalDate> days, double top) {

        double step() {
            return (WIDTH - LEFT - RIGHT) / Math.max(1, days.size());
        }

        double x(LocalDate day) {
            return LEFT + step() * (days.indexOf(day) + 0.5);
        }

        double y(double value) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
        }

        List<Svg.Line> gridLines() {
            List<Svg.Line> lines = new ArrayList<>();
            for (int i = 0; i <= 4; i++) {
                double y = y(top * i / 4);
                lines.add(new Svg.Line(LEFT, y, WIDTH - RIGHT, y, "axis"));
            }
            return lines;
        }

        List<Svg.Text> labels(java.util.function.DoubleFunction<String> valueLabel) {
            List<Svg.Text> texts = new ArrayList<>();
            for (int i = 0; i <= 4; i++) {
                double value = top * i / 4;
                texts.add(new Svg.Text(LEFT - 6, y(value) + 4, valueLabel.apply(value), "end", null));
            }
            int every = days.size() > 10 ? 2 : 1;
            for (int i = 0; i < days.size(); i += every) {
                texts.add(new Svg.Text(x(days.get(i)), HEIGHT - BOTTOM + 16, DAY.format(days.get(i)), "middle",
                        null));
            }
            return texts;
        }
    }
}
