package org.foodtrace.projections.recall.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.projections.batch.QuantityView;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads recall progress: one recall with every batch it covers, the regulator's list, and an operator's inbox.
 * Status and progress are counted from the items as they are read.
 */
@Service
public class RecallQueries {

    /** Each recall with its root's trace code and its counts; {@code %s} takes the condition on {@code r}. */
    private static final String RECALLS = """
            SELECT r.recall_id, r.root_batch_id, root.trace_code AS root_trace_code, r.reason, r.level, r.opened_at,
                   count(i.batch_id) AS total,
                   count(b.batch_id) FILTER (WHERE b.state <> 'PENDING') AS resolved
            FROM recall.recall r
            JOIN recall.recall_item i ON i.recall_id = r.recall_id
            LEFT JOIN recall.recalled_batch b ON b.batch_id = i.batch_id
            LEFT JOIN recall.batch_code root ON root.batch_id = r.root_batch_id
            WHERE %s
            GROUP BY r.recall_id, root.trace_code
            HAVING CAST(:status AS TEXT) IS NULL
                OR (count(b.batch_id) FILTER (WHERE b.state <> 'PENDING') = count(i.batch_id))
                   = (CAST(:status AS TEXT) = 'COMPLETED')
            ORDER BY r.opened_at DESC, r.recall_id""";

    /** The items of recalls, root first then in the order the recall listed them; {@code %s} as above on i, b. */
    private static final String ITEMS = """
            SELECT i.recall_id, i.batch_id, code.trace_code, b.holder_operator_id, b.state, b.unit, b.available,
                   b.available_at_recall, b.sold_before_recall, b.recalled_at, b.recall_id AS recalled_by
            FROM recall.recall_item i
            LEFT JOIN recall.batch_code code ON code.batch_id = i.batch_id
            LEFT JOIN recall.recalled_batch b ON b.batch_id = i.batch_id
            WHERE %s
            ORDER BY i.recall_id, i.position NULLS LAST, code.trace_code, i.batch_id""";

    /** Recalls that reached a batch held by {@code :holder}. */
    private static final String HELD_BY = """
            r.recall_id IN (SELECT mine.recall_id FROM recall.recall_item mine
                            JOIN recall.recalled_batch held ON held.batch_id = mine.batch_id
                            WHERE held.holder_operator_id = :holder)""";

    private static final String SALES = """
            SELECT batch_id, sale_id, sold_at, amount, unit, operator_id
            FROM recall.sale
            WHERE batch_id = ANY (CAST(:batchIds AS VARCHAR(64)[]))
            ORDER BY batch_id, sold_at, sequence""";

    private final JdbcClient jdbc;
    private final OperatorRegistryQueries operators;

    public RecallQueries(JdbcClient jdbc, OperatorRegistryQueries operators) {
        this.jdbc = jdbc;
        this.operators = operators;
    }

    public Optional<RecallView> find(String recallId) {
        Map<String, Object> params = Map.of("recallId", recallId);
        return summaries("r.recall_id = :recallId", params, null).stream().findFirst()
                .map(recall -> new RecallView(recall.recallId(), recall.status(), recall.rootBatchId(),
                        recall.rootTraceCode(), recall.reason(), recall.level(), recall.openedAt(),
                        items("i.recall_id = :recallId", params).getOrDefault(recallId, List.of()),
                        recall.progress()));
    }

    /** Every recall, newest first; only those with the given status unless it is null. */
    public List<RecallSummary> list(RecallStatus statusOrNull) {
        return summaries("TRUE", Map.of(), statusOrNull);
    }

    /**
     * The operator's inbox, newest first: each recall that reached a batch the operator held, with those batches
     * only; only recalls with the given status unless it is null.
     */
    public List<HolderRecall> inbox(String operatorId, RecallStatus statusOrNull) {
        return holderRecalls(operatorId, statusOrNull, "TRUE", Map.of());
    }

    /** One recall as the operator sees it in its inbox; empty when the recall reached none of its batches. */
    public Optional<HolderRecall> findForHolder(String recallId, String operatorId) {
        return holderRecalls(operatorId, null, "r.recall_id = :recallId", Map.of("recallId", recallId)).stream()
                .findFirst();
    }

    private List<HolderRecall> holderRecalls(String operatorId, RecallStatus statusOrNull, String condition,
                                             Map<String, Object> conditionParams) {
        Map<String, Object> params = new LinkedHashMap<>(conditionParams);
        params.put("holder", operatorId);
        List<RecallSummary> recalls = summaries(condition + " AND " + HELD_BY, params, statusOrNull);
        if (recalls.isEmpty()) {
            return List.of();
        }
        Map<String, Object> itemParams = Map.of("holder", operatorId,
                "recallIds", recalls.stream().map(RecallSummary::recallId).toList());
        Map<String, List<RecallItem>> mine = items("i.recall_id IN (:recallIds) AND b.holder_operator_id = :holder",
                itemParams);
        return recalls.stream().map(recall -> {
            List<RecallItem> items = mine.getOrDefault(recall.recallId(), List.of());
            RecallProgress own = new RecallProgress(items.size(),
                    items.stream().filter(item -> item.state().resolved()).count());
            return new HolderRecall(recall.recallId(), recall.status(), recall.rootBatchId(), recall.rootTraceCode(),
                    recall.reason(), recall.level(), recall.openedAt(), items, recall.progress(), own);
        }).toList();
    }

    private List<RecallSummary> summaries(String condition, Map<String, Object> params, RecallStatus statusOrNull) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("status", statusOrNull == null ? null : statusOrNull.name());
        return jdbc.sql(RECALLS.formatted(condition)).params(all).query(RecallQueries::summary).list();
    }

    /** The items matching the condition by recall id, each with its sales and the names of those who sold. */
    private Map<String, List<RecallItem>> items(String condition, Map<String, Object> params) {
        List<ItemRow> rows = jdbc.sql(ITEMS.formatted(condition)).params(params).query(RecallQueries::itemRow).list();
        Map<String, List<Sale>> sales = salesOf(rows.stream()
                .filter(row -> row.item().soldBeforeRecall() != null)
                .map(row -> row.item().batchId())
                .distinct()
                .toArray(String[]::new));
        Map<String, OperatorRecord> sellers = operators.findAll(sales.values().stream().flatMap(List::stream)
                .map(Sale::operatorId).collect(Collectors.toSet()));
        Map<String, List<RecallItem>> byRecall = new LinkedHashMap<>();
        for (ItemRow row : rows) {
            List<SaleView> views = sales.getOrDefault(row.item().batchId(), List.of()).stream()
                    .map(sale -> sale.view(sellers.get(sale.operatorId())))
                    .toList();
            byRecall.computeIfAbsent(row.recallId(), id -> new ArrayList<>()).add(row.withSales(views));
        }
        return byRecall;
    }

    private Map<String, List<Sale>> salesOf(String[] batchIds) {
        if (batchIds.length == 0) {
            return Map.of();
        }
        return jdbc.sql(SALES).param("batchIds", batchIds).query(RecallQueries::sale).list().stream()
                .collect(Collectors.groupingBy(Sale::batchId, LinkedHashMap::new, Collectors.toList()));
    }

    private static RecallSummary summary(ResultSet rs, int rowNum) throws SQLException {
        RecallProgress progress = new RecallProgress(rs.getLong("total"), rs.getLong("resolved"));
        return new RecallSummary(rs.getString("recall_id"), progress.status(), rs.getString("root_batch_id"),
                rs.getString("root_trace_code"), rs.getString("reason"), RecallLevel.valueOf(rs.getString("level")),
                Columns.instant(rs, "opened_at"), progress);
    }

    private static ItemRow itemRow(ResultSet rs, int rowNum) throws SQLException {
        String unit = rs.getString("unit");
        ItemState state = Columns.enumValue(rs, "state", ItemState.class);
        QuantityView sold = quantity(rs.getBigDecimal("sold_before_recall"), unit);
        RecallItem item = new RecallItem(rs.getString("batch_id"), rs.getString("trace_code"),
                rs.getString("holder_operator_id"), state == null ? ItemState.PENDING : state,
                quantity(rs.getBigDecimal("available"), unit),
                sold == null ? null : new SoldBeforeRecall(sold.amount(), sold.unit(), List.of()),
                quantity(rs.getBigDecimal("available_at_recall"), unit), Columns.instant(rs, "recalled_at"),
                rs.getString("recalled_by"));
        return new ItemRow(rs.getString("recall_id"), item);
    }

    private static Sale sale(ResultSet rs, int rowNum) throws SQLException {
        return new Sale(rs.getString("batch_id"), rs.getString("sale_id"), Columns.instant(rs, "sold_at"),
                quantity(rs.getBigDecimal("amount"), rs.getString("unit")), rs.getString("operator_id"));
    }

    /** An amount as the domain writes it (no trailing zeros, whatever the column's arithmetic left). */
    private static QuantityView quantity(BigDecimal amount, String unit) {
        return amount == null ? null : QuantityView.of(new Quantity(amount, QuantityUnit.fromSymbol(unit)));
    }

    private record ItemRow(String recallId, RecallItem item) {

        RecallItem withSales(List<SaleView> sales) {
            SoldBeforeRecall sold = item.soldBeforeRecall();
            if (sold == null || sales.isEmpty()) {
                return item;
            }
            return new RecallItem(item.batchId(), item.traceCode(), item.holderOperatorId(), item.state(),
                    item.available(), new SoldBeforeRecall(sold.amount(), sold.unit(), sales),
                    item.availableAtRecall(), item.recalledAt(), item.recalledBy());
        }
    }

    private record Sale(String batchId, String saleId, Instant soldAt, QuantityView quantity, String operatorId) {

        SaleView view(OperatorRecord seller) {
            return new SaleView(saleId, soldAt, quantity, operatorId, seller == null ? null : seller.name(),
                    seller == null ? null : seller.region());
        }
    }
}
