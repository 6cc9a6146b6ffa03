package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.Refusals.refuseIf;
import static org.foodtrace.core.batch.Refusals.required;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;

/** New child batches need valid ids and trace codes, none repeated and none the parent's own id. */
final class ChildIds {

    private ChildIds() {
    }

    /** The parts with their trace codes in canonical form; refused when empty or ids clash. */
    static List<DerivedPart> requireNewChildren(List<DerivedPart> parts, String parentId) {
        refuseIf(parts == null || parts.isEmpty(), RuleCode.INVALID_COMPOSITION, "at least one new batch is needed");
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        return parts.stream().map(part -> {
            required(part, "part");
            String id = BatchId.of(part.batchId()).value();
            String code = TraceCode.parse(part.traceCode()).value();
            refuseIf(id.equals(parentId) || !ids.add(id), RuleCode.INVALID_COMPOSITION, "batch id used twice: " + id);
            refuseIf(!codes.add(code), RuleCode.INVALID_COMPOSITION, "trace code used twice: " + code);
            return new DerivedPart(id, code, part.product(), part.quantity());
        }).toList();
    }
}
