package org.foodtrace.api.web.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.foodtrace.core.shared.TraceZone;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.trace.InspectionView;
import org.foodtrace.projections.trace.JourneyStep;
import org.foodtrace.projections.trace.TraceView;

/**
 * A trace view as the page shows it: times on the China Standard Time calendar, the code in groups of four,
 * the newest step last (farm → stall), and whether the records verified (VERIFIED, BROKEN or UNVERIFIABLE).
 */
public record TracePage(String traceCode, String groupedCode, String product, String category, boolean recalled,
                        String originRegion, String producerName, String certificateType, String certificateNumber,
                        List<Step> journey, List<Check> inspections, List<String> upstream, String integrity) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TraceZone.ZONE);

    public static TracePage of(TraceView view) {
        var origin = view.origin();
        var certificate = origin == null ? null : origin.certificate();
        return new TracePage(view.traceCode(), new TraceCode(view.traceCode()).grouped(), view.product(),
                view.category().name(), view.recalled(), origin == null ? null : origin.region(),
                origin == null ? null : origin.producerName(), certificate == null ? null : certificate.type(),
                certificate == null ? null : certificate.number(),
                view.journey().stream().map(TracePage::step).toList(),
                view.inspections().stream().map(TracePage::check).toList(), view.upstream(),
                view.integrity().name());
    }

    /** Whether any check failed: the page says so next to the product, not only in the list. */
    public boolean anyFailed() {
        return inspections.stream().anyMatch(check -> !check.passed());
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static Step step(JourneyStep step) {
        return new Step(step.step(), time(step.at()), step.operatorName(), step.region());
    }

    private static Check check(InspectionView inspection) {
        return new Check(inspection.analyte(), inspection.method(), plain(inspection.value()),
                plain(inspection.limit()), inspection.unit(), "PASS".equals(inspection.verdict()),
                time(inspection.at()), inspection.operatorName());
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /** One stop of the journey: what happened, when, where and by whom. */
    public record Step(String kind, String time, String operatorName, String region) {
    }

    /** One test: what was measured, the result against its limit, and the verdict. */
    public record Check(String analyte, String method, String value, String limit, String unit, boolean passed,
                        String time, String operatorName) {
    }
}
