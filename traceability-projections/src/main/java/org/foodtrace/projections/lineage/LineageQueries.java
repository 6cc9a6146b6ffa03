package org.foodtrace.projections.lineage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Derivation;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the lineage graph over all hops. Each walk is one statement: a recursive CTE collects the reachable
 * edges ({@code UNION} visits each edge once, so diamonds from transformations cost nothing extra), and the
 * same statement joins the node at the far end of each edge.
 */
@Service
public class LineageQueries {

    private static final String DOWNSTREAM = graph("parent_batch_id", "child_batch_id", "ASC");
    private static final String UPSTREAM = graph("child_batch_id", "parent_batch_id", "DESC");

    private static final String DESCENDANTS = """
            WITH RECURSIVE down(batch_id) AS (
                SELECT CAST(:root AS VARCHAR(64))
                UNION
                SELECT e.child_batch_id FROM lineage_edge e JOIN down d ON e.parent_batch_id = d.batch_id
            )
            SELECT batch_id FROM down ORDER BY batch_id = :root DESC, batch_id""";

    private final JdbcClient jdbc;

    public LineageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The batch and everything made from it, oldest derivations first. */
    public LineageGraph downstream(String batchId) {
        return walk(DOWNSTREAM, batchId);
    }

    /** The batch and everything it was made from, nearest derivations first. */
    public LineageGraph upstream(String batchId) {
        return walk(UPSTREAM, batchId);
    }

    /** The batch and the ids of all its descendants (root first): the affected set of a recall. */
    public List<String> descendantIds(String batchId) {
        return jdbc.sql(DESCENDANTS).param("root", batchId).query(String.class).list();
    }

    private LineageGraph walk(String sql, String root) {
        Map<String, LineageNode> nodes = new LinkedHashMap<>();
        List<LineageEdge> edges = new ArrayList<>();
        jdbc.sql(sql).param("root", root).query((RowCallbackHandler) rs -> {
            String nodeId = rs.getString("node_id");
            if (nodeId != null) {
                nodes.putIfAbsent(nodeId, node(rs));
            }
            String kind = rs.getString("kind");
            if (kind != null) {
                edges.add(new LineageEdge(rs.getString("parent_batch_id"), rs.getString("child_batch_id"),
                        Derivation.valueOf(kind)));
            }
        });
        return new LineageGraph(root, List.copyOf(nodes.values()), edges);
    }

    private static LineageNode node(ResultSet rs) throws SQLException {
        return new LineageNode(rs.getString("node_id"), rs.getString("trace_code"),
                rs.getString("holder_operator_id"), BatchStatus.valueOf(rs.getString("status")));
    }

    /**
     * The walk from {@code near} to {@code far} ends of edges: the root's node row first, then one row per
     * reachable edge with the node at its far end (null while that batch is not projected yet).
     */
    private static String graph(String near, String far, String timeOrder) {
        return """
                WITH RECURSIVE reach(parent_batch_id, child_batch_id, kind, at) AS (
                    SELECT parent_batch_id, child_batch_id, kind, at FROM lineage_edge WHERE %1$s = :root
                    UNION
                    SELECT e.parent_batch_id, e.child_batch_id, e.kind, e.at
                    FROM lineage_edge e JOIN reach r ON e.%1$s = r.%2$s
                )
                SELECT 0 AS rank, NULL AS parent_batch_id, NULL AS child_batch_id, NULL AS kind,
                       CAST(NULL AS TIMESTAMPTZ) AS at, n.batch_id AS node_id, n.trace_code,
                       n.holder_operator_id, n.status
                FROM lineage_node n WHERE n.batch_id = :root
                UNION ALL
                SELECT 1, r.parent_batch_id, r.child_batch_id, r.kind, r.at, n.batch_id, n.trace_code,
                       n.holder_operator_id, n.status
                FROM reach r LEFT JOIN lineage_node n ON n.batch_id = r.%2$s
                ORDER BY rank, at %3$s, trace_code, parent_batch_id, child_batch_id"""
                .formatted(near, far, timeOrder);
    }
}
