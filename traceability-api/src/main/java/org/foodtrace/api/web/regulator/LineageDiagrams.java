package org.foodtrace.api.web.regulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.foodtrace.api.web.chart.LayeredDiagram;
import org.foodtrace.api.web.chart.Svg;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.projections.lineage.LineageEdge;
import org.foodtrace.projections.lineage.LineageGraph;
import org.foodtrace.projections.lineage.LineageNode;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Draws lineage graphs: one box per batch (trace code, holder, status), one arrow per derivation. */
@Component
public class LineageDiagrams {

    private final LineageQueries lineage;
    private final OperatorRegistryQueries registry;
    private final MessageSource messages;

    public LineageDiagrams(LineageQueries lineage, OperatorRegistryQueries registry, MessageSource messages) {
        this.lineage = lineage;
        this.registry = registry;
        this.messages = messages;
    }

    /** A diagram with the batches it shows, each with its holder's name, in the diagram's order. */
    public record Family(String rootBatchId, Svg diagram, List<Member> members) {
    }

    public record Member(String batchId, String traceCode, String holderName, BatchStatus status, boolean root) {
    }

    /**
     * The batch's whole family: its ancestors back to the origin batches, and everything made from those
     * origins, so siblings that share a source show up too.
     */
    public Family family(String batchId, Locale locale) {
        LineageGraph upstream = lineage.upstream(batchId);
        Set<String> derived = new HashSet<>();
        upstream.edges().forEach(edge -> derived.add(edge.to()));
        List<LineageGraph> graphs = new ArrayList<>();
        graphs.add(upstream);
        upstream.nodes().stream()
                .map(LineageNode::batchId)
                .filter(id -> !derived.contains(id))
                .forEach(origin -> graphs.add(lineage.downstream(origin)));
        return draw(batchId, graphs, locale);
    }

    /** The batch and its descendants: what a recall of it reaches. */
    public Family downstream(String batchId, Locale locale) {
        return draw(batchId, List.of(lineage.downstream(batchId)), locale);
    }

    private Family draw(String rootId, List<LineageGraph> graphs, Locale locale) {
        Map<String, LineageNode> nodes = new LinkedHashMap<>();
        List<LineageEdge> edges = new ArrayList<>();
        Set<String> seenEdges = new HashSet<>();
        for (LineageGraph graph : graphs) {
            graph.nodes().forEach(node -> nodes.putIfAbsent(node.batchId(), node));
            graph.edges().forEach(edge -> {
                if (seenEdges.add(edge.from() + ">" + edge.to())) {
                    edges.add(edge);
                }
            });
        }
        Map<String, OperatorRecord> holders = registry.findAll(nodes.values().stream()
                .map(LineageNode::holderOperatorId).toList());
        List<LayeredDiagram.Node> boxes = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (LineageNode node : nodes.values()) {
            OperatorRecord holder = holders.get(node.holderOperatorId());
            String holderName = holder == null ? node.holderOperatorId() : holder.name();
            String status = messages.getMessage("status." + node.status(), null, node.status().name(), locale);
            boolean root = node.batchId().equals(rootId);
            boxes.add(new LayeredDiagram.Node(node.batchId(), List.of(node.traceCode(), holderName, status),
                    fill(node.status()), root ? "#1d2530" : "#b8c0cc", node.traceCode() + " · " + holderName));
            members.add(new Member(node.batchId(), node.traceCode(), holderName, node.status(), root));
        }
        List<LayeredDiagram.Edge> arrows = edges.stream()
                .map(edge -> new LayeredDiagram.Edge(edge.from(), edge.to(),
                        messages.getMessage("derivation." + edge.kind(), null, edge.kind().name(), locale)))
                .toList();
        String title = messages.getMessage("lineage.diagram", null, locale);
        return new Family(rootId, LayeredDiagram.draw(title, boxes, arrows), members);
    }

    private static String fill(BatchStatus status) {
        return switch (status) {
            case RECALLED, ON_HOLD, REJECTED -> "#fde8e6";
            case DISPOSED, DEPLETED -> "#eef0f3";
            case IN_TRANSIT -> "#fff3d6";
            default -> "#e3f4ea";
        };
    }
}
