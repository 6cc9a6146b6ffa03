package org.foodtrace.api.web.chart;

import java.util.ArrayList;
import java.util.List;

/** Horizontal bars, one per label, longest first as given; for counts by reason. */
public final class BarChart {

    private static final double WIDTH = 560;
    private static final double LABEL_WIDTH = 190;
    private static final double BAR_HEIGHT = 22;
    private static final double GAP = 10;
    private static final double VALUE_ROOM = 40;

    private BarChart() {
    }

    public record Bar(String label, long value) {
    }

    public static Svg horizontal(String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        double height = Math.max(1, bars.size()) * (BAR_HEIGHT + GAP) + GAP;
        double room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        List<Svg.Rect> rects = new ArrayList<>();
        List<Svg.Text> texts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = GAP + i * (BAR_HEIGHT + GAP);
            double w = max == 0 ? 0 : Math.max(2, room * bar.value() / max);
            rects.add(new Svg.Rect(LABEL_WIDTH, y, w, BAR_HEIGHT, Palette.colour(4), null,
                    bar.label() + ": " + bar.value(), null));
            texts.add(new Svg.Text(LABEL_WIDTH - 8, y + BAR_HEIGHT * 0.7, bar.label(), "end", null));
            texts.add(new Svg.Text(LABEL_WIDTH + w + 6, y + BAR_HEIGHT * 0.7, Long.toString(bar.value()), "start",
                    "value"));
        }
        List<Svg.Line> axis = List.of(new Svg.Line(LABEL_WIDTH, 0, LABEL_WIDTH, height, "axis"));
        return new Svg(title, WIDTH, height, rects, axis, List.of(), List.of(), texts, List.of());
    }
}
