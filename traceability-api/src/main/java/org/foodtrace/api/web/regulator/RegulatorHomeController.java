package org.foodtrace.api.web.regulator;

import java.util.Locale;

import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.progress.RecallStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form and the dashboard: open recalls and their progress, the black list, and the charts. */
@Controller
public class RegulatorHomeController {

    private final DashboardCharts charts;
    private final OperatorRegistryQueries registry;
    private final RecallQueries recalls;

    public RegulatorHomeController(DashboardCharts charts, OperatorRegistryQueries registry, RecallQueries recalls) {
        this.charts = charts;
        this.registry = registry;
        this.recalls = recalls;
    }

    @GetMapping("/regulator/login")
    public String login() {
        return "regulator/login";
    }

    @GetMapping("/regulator")
    public String dashboard(Model model, Locale locale) {
        model.addAttribute("openRecalls", recalls.list(RecallStatus.OPEN));
        model.addAttribute("charts", charts.charts(locale));
        model.addAttribute("suspended", registry.list(null, null, OperatorStatus.SUSPENDED));
        return "regulator/dashboard";
    }
}
