package org.foodtrace.projections.alert;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.ExpiredSaleAttempted;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.springframework.stereotype.Component;

/**
 * Feeds the alert rules from the event stream, in store order (one segment, see
 * {@link AlertProcessingConfiguration}): facts first, then the rules that read them. Every write is keyed by the
 * event's identifier or the alert's id, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(AlertProcessingConfiguration.GROUP)
class AlertProjection {

    private final AlertFacts facts;
    private final AlertStore alerts;
    private final MarketBalanceRule marketBalance;
    private final CertificateReuseRule certificateReuse;
    private final ConversionYieldRule conversionYield;
    private final RapidTestFailureRule rapidTestFailures;

    AlertProjection(AlertFacts facts, AlertStore alerts, MarketBalanceRule marketBalance,
                    CertificateReuseRule certificateReuse, ConversionYieldRule conversionYield,
                    RapidTestFailureRule rapidTestFailures) {
        this.facts = facts;
        this.alerts = alerts;
        this.marketBalance = marketBalance;
        this.certificateReuse = certificateReuse;
        this.conversionYield = conversionYield;
        this.rapidTestFailures = rapidTestFailures;
    }

    @EventHandler
    void on(OperatorRegistered e) {
        facts.operator(e.operatorId(), e.kind());
    }

    @EventHandler
    void on(BatchRegistered e) {
        facts.registered(e);
    }

    @EventHandler
    void on(BatchDerived e, DomainEventMessage<?> message) {
        facts.derived(e);
        conversionYield.derived(e, message);
    }

    @EventHandler
    void on(BatchOriginExited e, DomainEventMessage<?> message) {
        facts.shipped(e.batchId(), e.operatorId(), e.quantity());
        certificateReuse.presented(e, message);
    }

    @EventHandler
    void on(BatchAdmitted e, DomainEventMessage<?> message) {
        marketBalance.admitted(e, message);
    }

    @EventHandler
    void on(BatchSold e, DomainEventMessage<?> message) {
        marketBalance.sold(e, message);
    }

    @EventHandler
    void on(BatchTransformed e, DomainEventMessage<?> message) {
        conversionYield.transformed(e, message);
    }

    @EventHandler
    void on(BatchSlaughtered e, DomainEventMessage<?> message) {
        conversionYield.slaughtered(e, message);
    }

    @EventHandler
    void on(BatchInspected e, DomainEventMessage<?> message) {
        rapidTestFailures.inspected(e, message);
    }

    /** MISDIRECTED_ENTRY: one alert per batch and operator that tried to admit it; each attempt is evidence. */
    @EventHandler
    void on(MisdirectedEntryAttempted e, DomainEventMessage<?> message) {
        String product = facts.batch(e.batchId()).map(BatchFact::product).orElse("a batch");
        String alertId = alerts.raise(AlertRule.MISDIRECTED_ENTRY, e.batchId() + "|" + e.operatorId(), e.at(),
                "Operator %s tried to admit batch %s (%s), which was sent to %s."
                        .formatted(e.operatorId(), e.batchId(), product, e.expectedOperatorId()));
        alerts.evidence(alertId, Evidence.of(message, e.at()));
        alerts.operators(alertId, List.of(e.operatorId(), e.expectedOperatorId()));
    }

    /** EXPIRED_PRODUCT_SALE_ATTEMPT: one alert per batch and seller; each refused attempt is evidence. */
    @EventHandler
    void on(ExpiredSaleAttempted e, DomainEventMessage<?> message) {
        String product = facts.batch(e.batchId()).map(BatchFact::product).orElse("a batch");
        String alertId = alerts.raise(AlertRule.EXPIRED_PRODUCT_SALE_ATTEMPT, e.batchId() + "|" + e.operatorId(),
                e.at(), "Operator %s tried to sell %s of batch %s (%s), which expired on %s."
                        .formatted(e.operatorId(), e.quantity(), e.batchId(), product, e.expiresOn()));
        alerts.evidence(alertId, Evidence.of(message, e.at()));
        alerts.operators(alertId, List.of(e.operatorId()));
    }

    @ResetHandler
    void reset() {
        alerts.reset();
    }
}
