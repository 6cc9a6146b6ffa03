package org.foodtrace.api.web.regulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.foodtrace.api.web.trace.TracePage;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.recall.progress.RecallItem;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.progress.RecallView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recalls (召回) as the regulator follows them: every recall with its progress, and one recall with each batch it
 * reached, who holds it, what is left and what was sold before, and the lineage it spreads along.
 */
@Controller
public class RecallPageController {

    private final RecallQueries recalls;
    private final OperatorRegistryQueries registry;
    private final LineageDiagrams diagrams;

    public RecallPageController(RecallQueries recalls, OperatorRegistryQueries registry, LineageDiagrams diagrams) {
        this.recalls = recalls;
        this.registry = registry;
        this.diagrams = diagrams;
    }

    @GetMapping("/regulator/recalls")
    public String list(Model model) {
        model.addAttribute("recalls", recalls.list(null));
        return "regulator/recalls";
    }

    @GetMapping("/regulator/recalls/{recallId}")
    public String recall(@PathVariable String recallId, Model model, Locale locale) {
        RecallView recall = recalls.find(recallId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, OperatorRecord> holders = registry.findAll(recall.affected().stream()
                .map(RecallItem::holderOperatorId).filter(id -> id != null).distinct().toList());
        List<AffectedBatch> affected = recall.affected().stream()
                .map(item -> new AffectedBatch(item, holders.get(item.holderOperatorId())))
                .toList();
        model.addAttribute("recall", recall);
        model.addAttribute("openedAt", TracePage.time(recall.openedAt()));
        model.addAttribute("affected", affected);
        model.addAttribute("family", diagrams.downstream(recall.rootBatchId(), locale));
        return "regulator/recall";
    }

    /** One row of a recall's page: the batch and the name of its holder (if the registry knows it). */
    public record AffectedBatch(RecallItem item, OperatorRecord holder) {

        public String holderName() {
            return holder == null ? item.holderOperatorId() : holder.name();
        }
    }
}
