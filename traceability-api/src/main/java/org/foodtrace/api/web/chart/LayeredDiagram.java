package org.foodtrace.api.web.chart;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a directed acyclic graph (a batch lineage) left to right in layers: each node sits one layer right
 * of its farthest parent, and the nodes of a layer are ordered by the mean position of their neighbours (a few
 * barycentre sweeps down and up) so that edges cross as little as a simple method allows.
 */
public final class LayeredDiagram {

    static final double NODE_WIDTH = 176;
    static final double NODE_HEIGHT = 60;
    static final double LAYER_GAP = 64;
    static final double ROW_GAP = 16;
    static final double PAD = 8;
    private static final int SWEEPS = 4;

    private LayeredDiagram() {
    }

    /** A box with up to three lines of text; the first is drawn bold in the code font. */
    public record Node(String id, List<String> lines, String fill, String stroke, String tooltip) {
        public Node {
            lines = List.copyOf(lines);
        }
    }

    public record Edge(String from, String to, String label) {
    }

    /** Where each node went: layer (column) and row within it. */
    record Placement(int layer, int row) {
    }

    public static Svg draw(String title, List<Node> nodes, List<Edge> edges) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.putIfAbsent(node.id(), node));
        List<Edge> drawn = edges.stream()
                .filter(edge -> byId.containsKey(edge.from()) && byId.containsKey(edge.to()))
                .distinct()
                .toList();
        Map<String, Placement> placements = place(List.copyOf(byId.keySet()), drawn);
        int layers = placements.values().stream().mapToInt(Placement::layer).max().orElse(0) + 1;
        int rows = placements.values().stream().mapToInt(Placement::row).max().orElse(0) + 1;
        Map<Integer, Integer> rowsInLayer = new HashMap<>();
        placements.values().forEach(p -> rowsInLayer.merge(p.layer(), 1, Integer::sum));

        double width = PAD * 2 + layers * NODE_WIDTH + (layers - 1) * LAYER_GAP;
        double height = PAD * 2 + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP;
        Map<String, double[]> corner = new HashMap<>();
        placements.forEach((id, p) -> {
            double offset = (rows - rowsInLayer.get(p.layer())) * (NODE_HEIGHT + ROW_GAP) / 2;
            corner.put(id, new double[] {PAD + p.layer() * (NODE_WIDTH + LAYER_GAP),
                    PAD + offset + p.row() * (NODE_HEIGHT + ROW_GAP)});
        });

        List<Svg.Path> paths = new ArrayList<>();
        List<Svg.Text> texts = new ArrayList<>();
        for (Edge edge : drawn) {
            double[] from = corner.get(edge.from());
            double[] to = corner.get(edge.to());
            double x1 = from[0] + NODE_WIDTH;
            double y1 = from[1] + NODE_HEIGHT / 2;
            double x2 = to[0];
            double y2 = to[1] + NODE_HEIGHT / 2;
            double bend = (x2 - x1) / 2;
            paths.add(new Svg.Path("M" + Svg.n(x1) + " " + Svg.n(y1) + " C" + Svg.n(x1 + bend) + " " + Svg.n(y1)
                    + " " + Svg.n(x2 - bend) + " " + Svg.n(y2) + " " + Svg.n(x2 - 2) + " " + Svg.n(y2),
                    "#8a94a3", 1.5, true));
            if (edge.label() != null) {
                texts.add(new Svg.Text((x1 + x2) / 2, (y1 + y2) / 2 - 4, edge.label(), "middle", "edge-label"));
            }
        }
        List<Svg.Rect> rects = new ArrayList<>();
        for (Node node : byId.values()) {
            double[] at = corner.get(node.id());
            rects.add(new Svg.Rect(at[0], at[1], NODE_WIDTH, NODE_HEIGHT, node.fill(), node.stroke(), node.tooltip(),
                    "node"));
            for (int i = 0; i < Math.min(3, node.lines().size()); i++) {
                texts.add(new Svg.Text(at[0] + 8, at[1] + 18 + i * 17, node.lines().get(i), "start",
                        i == 0 ? "code" : null));
            }
        }
        return new Svg(title, width, height, rects, List.of(), paths, List.of(), texts, List.of());
    }

    static Map<String, Placement> place(List<String> ids, List<Edge> edges) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        ids.forEach(id -> {
            parents.put(id, new ArrayList<>());
            children.put(id, new ArrayList<>());
        });
        edges.forEach(edge -> {
            parents.get(edge.to()).add(edge.from());
            children.get(edge.from()).add(edge.to());
        });
        Map<String, Integer> layer = longestPathLayers(ids, parents, children);
        int layerCount = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<String>> columns = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            columns.add(new ArrayList<>());
        }
        ids.forEach(id -> columns.get(layer.get(id)).add(id));

        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int step = 1; step < layerCount; step++) {
                int l = down ? step : layerCount - 1 - step;
                List<String> reference = columns.get(down ? l - 1 : l + 1);
                Map<String, List<String>> neighbours = down ? parents : children;
                orderByBarycentre(columns.get(l), reference, neighbours);
            }
        }
        Map<String, Placement> placements = new LinkedHashMap<>();
        for (int l = 0; l < layerCount; l++) {
            List<String> column = columns.get(l);
            for (int row = 0; row < column.size(); row++) {
                placements.put(column.get(row), new Placement(l, row));
            }
        }
        return placements;
    }

    private static void orderByBarycentre(List<String> column, List<String> reference,
                                          Map<String, List<String>> neighbours) {
        Map<String, Double> centre = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            String id = column.get(i);
            double sum = 0;
            int count = 0;
            for (String neighbour : neighbours.get(id)) {
                int position = reference.indexOf(neighbour);
                if (position >= 0) {
                    sum += position;
                    count++;
                }
            }
            centre.put(id, count == 0 ? i : sum / count);
        }
        column.sort(Comparator.comparingDouble(centre::get));
    }

    /** Kahn's order; a node's layer is one more than its deepest parent's. Nodes left in a cycle go last. */
    private static Map<String, Integer> longestPathLayers(List<String> ids, Map<String, List<String>> parents,
                                                          Map<String, List<String>> children) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, Integer> layer = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : ids) {
            waiting.put(id, parents.get(id).size());
            if (parents.get(id).isEmpty()) {
                ready.add(id);
                layer.put(id, 0);
            }
        }
        while (!ready.isEmpty()) {
            String id = ready.poll();
            for (String child : children.get(id)) {
                layer.merge(child, layer.get(id) + 1, Math::max);
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        int last = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        ids.forEach(id -> layer.putIfAbsent(id, last));
        return layer;
    }
}
