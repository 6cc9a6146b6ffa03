package org.foodtrace.api.web.chart;

import java.util.List;

/** Colours for series, distinguishable and readable on white. */
public final class Palette {

    private static final List<String> COLOURS = List.of("#1b7f4b", "#1f5fa8", "#c8741a", "#8e3fa0", "#b3261e",
            "#0f8a8a", "#6b7b22", "#5b6675");

    private Palette() {
    }

    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
