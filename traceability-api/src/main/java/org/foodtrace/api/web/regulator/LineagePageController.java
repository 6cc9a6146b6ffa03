package org.foodtrace.api.web.regulator;

import java.util.Locale;
import java.util.Optional;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.trace.TraceQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A batch's whole family for the regulator: everything it was made from and everything made from it. */
@Controller
public class LineagePageController {

    private final TraceQueries traces;
    private final LineageDiagrams diagrams;

    public LineagePageController(TraceQueries traces, LineageDiagrams diagrams) {
        this.traces = traces;
        this.diagrams = diagrams;
    }

    @GetMapping("/regulator/lineage")
    public String lineage(@RequestParam(name = "code", required = false) String code, Model model, Locale locale) {
        model.addAttribute("code", code);
        if (code == null || code.isBlank()) {
            return "regulator/lineage";
        }
        Optional<String> batchId = batchOf(code);
        if (batchId.isEmpty()) {
            model.addAttribute("unknown", true);
            return "regulator/lineage";
        }
        model.addAttribute("family", diagrams.family(batchId.get(), locale));
        return "regulator/lineage";
    }

    private Optional<String> batchOf(String code) {
        try {
            return traces.batchIdOf(TraceCode.parse(code).value());
        } catch (DomainRuleViolation notACode) {
            return Optional.empty();
        }
    }
}
