package org.foodtrace.api.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayeredDiagramTest {

    private static LayeredDiagram.Edge edge(String from, String to) {
        return new LayeredDiagram.Edge(from, to, null);
    }

    @Test
    void putsEachBatchOneLayerRightOfItsFarthestParent() {
        Map<String, LayeredDiagram.Placement> placed = LayeredDiagram.place(List.of("pigs", "carcass", "half",
                "stall", "sauce"), List.of(edge("pigs", "carcass"), edge("carcass", "half"), edge("half", "stall"),
                edge("carcass", "sauce"), edge("stall", "sauce")));

        assertThat(placed.get("pigs").layer()).isZero();
        assertThat(placed.get("carcass").layer()).isEqualTo(1);
        assertThat(placed.get("half").layer()).isEqualTo(2);
        assertThat(placed.get("stall").layer()).isEqualTo(3);
        assertThat(placed.get("sauce").layer()).as("after its deepest parent").isEqualTo(4);
    }

    @Test
    void ordersALayerByWhereItsParentsAre() {
        Map<String, LayeredDiagram.Placement> placed = LayeredDiagram.place(
                List.of("a", "b", "childOfB", "childOfA"),
                List.of(edge("a", "childOfA"), edge("b", "childOfB")));

        assertThat(placed.get("a").row()).isLessThan(placed.get("b").row());
        assertThat(placed.get("childOfA").row()).as("no crossing").isLessThan(placed.get("childOfB").row());
    }

    @Test
    void drawsABoxPerBatchAndAnArrowPerDerivation() {
        Svg svg = LayeredDiagram.draw("lineage",
                List.of(new LayeredDiagram.Node("p", List.of("CODE1", "Farm <b>", "Admitted"), "#fff", "#000", "p"),
                        new LayeredDiagram.Node("c", List.of("CODE2", "Stall", "Admitted"), "#fff", "#000", "c")),
                List.of(new LayeredDiagram.Edge("p", "c", "dispatch"), edge("p", "unknown")));

        assertThat(svg.rects()).hasSize(2);
        assertThat(svg.paths()).hasSize(1).allMatch(Svg.Path::arrow);
        assertThat(svg.texts()).extracting(Svg.Text::text).contains("CODE1", "Farm <b>", "dispatch");
        assertThat(svg.width()).isEqualTo(LayeredDiagram.PAD * 2 + 2 * LayeredDiagram.NODE_WIDTH
                + LayeredDiagram.LAYER_GAP);
    }

    @Test
    void survivesACycleInsteadOfLoopingForever() {
        Map<String, LayeredDiagram.Placement> placed = LayeredDiagram.place(List.of("x", "y"),
                List.of(edge("x", "y"), edge("y", "x")));

        assertThat(placed).containsOnlyKeys("x", "y");
    }
}
