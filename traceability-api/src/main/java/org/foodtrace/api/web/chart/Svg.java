package org.foodtrace.api.web.chart;

import java.util.List;

/**
 * A drawing ready for the {@code charts :: svg} fragment: shapes in user units within {@code width × height},
 * drawn in the order rects, lines, paths, circles, texts. {@code title} is the accessible name.
 */
public record Svg(String title, double width, double height, List<Rect> rects, List<Line> lines, List<Path> paths,
                  List<Circle> circles, List<Text> texts, List<LegendEntry> legend) {

    public Svg {
        rects = List.copyOf(rects);
        lines = List.copyOf(lines);
        paths = List.copyOf(paths);
        circles = List.copyOf(circles);
        texts = List.copyOf(texts);
        legend = List.copyOf(legend);
    }

    public String viewBox() {
        return "0 0 " + n(width) + " " + n(height);
    }

    /** Whether there is anything to show besides axes. */
    public boolean empty() {
        return rects.isEmpty() && paths.isEmpty() && circles.isEmpty();
    }

    static double n(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A filled box; {@code tooltip} becomes its SVG title. {@code cssClass} may be null. */
    public record Rect(double x, double y, double w, double h, String fill, String stroke, String tooltip,
                       String cssClass) {
        public Rect {
            x = n(x);
            y = n(y);
            w = n(w);
            h = n(h);
        }
    }

    public record Line(double x1, double y1, double x2, double y2, String cssClass) {
        public Line {
            x1 = n(x1);
            y1 = n(y1);
            x2 = n(x2);
            y2 = n(y2);
        }
    }

    /** An open path (a data line or a diagram edge) with SVG path data. */
    public record Path(String d, String stroke, double strokeWidth, boolean arrow) {
    }

    public record Circle(double cx, double cy, double r, String fill, String tooltip) {
        public Circle {
            cx = n(cx);
            cy = n(cy);
        }
    }

    /** A label; {@code anchor} is start, middle or end. */
    public record Text(double x, double y, String text, String anchor, String cssClass) {
        public Text {
            x = n(x);
            y = n(y);
        }
    }

    public record LegendEntry(String label, String color) {
    }
}
