package org.foodtrace.api.web.trace;

import java.util.Optional;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.trace.TraceQueries;
import org.foodtrace.projections.trace.TraceView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What a consumer sees after scanning a label: the product, where it comes from, its way from farm to stall,
 * the checks it passed or failed, and a red banner when it is recalled. A code that does not resolve gets a
 * friendly 404 page saying whether it was mistyped.
 */
@Controller
public class TracePageController {

    private final TraceQueries traces;

    public TracePageController(TraceQueries traces) {
        this.traces = traces;
    }

    @GetMapping("/")
    public ModelAndView home(@RequestParam(name = "lang", required = false) String lang) {
        return new ModelAndView("home").addObject("lang", LanguageParameter.of(lang));
    }

    /** The entry form's target: a typed code goes to its page, in any spelling the code allows. */
    @GetMapping("/t")
    public Object enter(@RequestParam(name = "code", required = false) String code,
                        @RequestParam(name = "lang", required = false) String lang) {
        if (code == null || code.isBlank()) {
            return home(lang);
        }
        Lookup lookup = lookUp(code);
        if (lookup.view().isEmpty()) {
            return notFound(code, lookup.problem(), lang);
        }
        RedirectView redirect = new RedirectView("/t/" + lookup.view().get().traceCode()
                + (LanguageParameter.of(lang) == null ? "" : "?lang=" + LanguageParameter.of(lang)), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    @GetMapping("/t/{traceCode}")
    public ModelAndView trace(@PathVariable String traceCode,
                              @RequestParam(name = "lang", required = false) String lang) {
        Lookup lookup = lookUp(traceCode);
        if (lookup.view().isEmpty()) {
            return notFound(traceCode, lookup.problem(), lang);
        }
        ModelAndView page = new ModelAndView("trace");
        page.addObject("trace", TracePage.of(lookup.view().get()));
        page.addObject("lang", LanguageParameter.of(lang));
        return page;
    }

    private Lookup lookUp(String text) {
        TraceCode code;
        try {
            code = TraceCode.parse(text);
        } catch (DomainRuleViolation violation) {
            return new Lookup(Optional.empty(), violation.code() == RuleCode.CHECK_CHARACTER_MISMATCH
                    ? NotFound.CHECK_CHARACTER_MISMATCH : NotFound.INVALID_TRACE_CODE);
        }
        return new Lookup(traces.findByTraceCode(code.value()), NotFound.UNKNOWN_TRACE_CODE);
    }

    private static ModelAndView notFound(String typed, NotFound problem, String lang) {
        ModelAndView page = new ModelAndView("trace-not-found", HttpStatus.NOT_FOUND);
        page.addObject("lang", LanguageParameter.of(lang));
        page.addObject("typed", typed.length() > 64 ? typed.substring(0, 64) + "…" : typed);
        page.addObject("problem", problem);
        return page;
    }

    /** Why a code has no page; the page explains each in words. */
    public enum NotFound {
        /** Well formed, check character right, but no batch has it (yet). */
        UNKNOWN_TRACE_CODE,
        /** Sixteen symbols whose last does not match: most likely one was mistyped. */
        CHECK_CHARACTER_MISMATCH,
        /** Not a trace code at all: wrong length or symbols. */
        INVALID_TRACE_CODE
    }

    private record Lookup(Optional<TraceView> view, NotFound problem) {
    }
}
