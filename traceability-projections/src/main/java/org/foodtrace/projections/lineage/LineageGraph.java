package org.foodtrace.projections.lineage;

import java.util.List;

/**
 * Every batch reachable from {@code root} in one direction and the edges between them. Nodes come nearest
 * first (by hops, then trace code), the root first of all; edges always point from parent to child.
 */
public record LineageGraph(String root, List<LineageNode> nodes, List<LineageEdge> edges) {

    public LineageGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
