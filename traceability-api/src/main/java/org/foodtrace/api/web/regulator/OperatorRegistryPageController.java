package org.foodtrace.api.web.regulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.core.operator.api.ReinstateOperator;
import org.foodtrace.core.operator.api.SuspendOperator;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.operator.OperatorRecord;
import org.foodtrace.projections.operator.OperatorRegistryQueries;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator registry (一户一档) with its black list: suspend an operator with a reason, reinstate it. The
 * buttons send the same SuspendOperator and ReinstateOperator commands as the API, and the page shows the
 * result once the registry has it.
 */
@Controller
public class OperatorRegistryPageController {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);
    private static final String BACK = "redirect:/regulator/operators";

    private final OperatorRegistryQueries registry;
    private final CommandGateway commands;
    private final ProjectionProgress progress;
    private final MessageSource messages;
    private final Clock clock;

    public OperatorRegistryPageController(OperatorRegistryQueries registry, CommandGateway commands,
                                          ProjectionProgress progress, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.commands = commands;
        this.progress = progress;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/regulator/operators")
    public String list(@RequestParam(name = "status", required = false) OperatorStatus status,
                       @RequestParam(name = "kind", required = false) OperatorKind kind, Model model) {
        model.addAttribute("operators", registry.list(kind, null, status));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", OperatorKind.values());
        model.addAttribute("statuses", OperatorStatus.values());
        return "regulator/operators";
    }

    @PostMapping("/regulator/operators/{operatorId}/suspension")
    public String suspend(@PathVariable String operatorId, @RequestParam(name = "reason", defaultValue = "") String reason,
                          RedirectAttributes flash, Locale locale) {
        OperatorRecord operator = existing(operatorId);
        return send(new SuspendOperator(operator.operatorId(), reason, clock.instant()), "operators.suspended",
                operator, flash, locale);
    }

    @PostMapping("/regulator/operators/{operatorId}/reinstatement")
    public String reinstate(@PathVariable String operatorId, RedirectAttributes flash, Locale locale) {
        OperatorRecord operator = existing(operatorId);
        return send(new ReinstateOperator(operator.operatorId(), clock.instant()), "operators.reinstated", operator,
                flash, locale);
    }

    private String send(Object command, String doneKey, OperatorRecord operator, RedirectAttributes flash,
                        Locale locale) {
        try {
            commands.sendAndWait(command);
        } catch (DomainRuleViolation refusal) {
            flash.addFlashAttribute("error", messages.getMessage("rule." + refusal.code(), null,
                    refusal.getMessage(), locale));
            return BACK;
        }
        progress.awaitProcessed(progress.headOfStore(), READ_YOUR_WRITE);
        flash.addFlashAttribute("notice", messages.getMessage(doneKey, new Object[] {operator.name()}, locale));
        return BACK;
    }

    private OperatorRecord existing(String operatorId) {
        return registry.find(operatorId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
