package org.foodtrace.api.export.epcis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.foodtrace.api.export.ActingOperator;
import org.foodtrace.api.export.BatchFacts;
import org.foodtrace.api.export.LineageEvent;
import org.foodtrace.api.export.LineageHistory;
import org.foodtrace.api.export.epcis.EpcisEvent.BizTransaction;
import org.foodtrace.api.export.epcis.EpcisEvent.QuantityElement;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.TraceZone;

import static org.foodtrace.api.export.Identifiers.certificate;
import static org.foodtrace.api.export.Identifiers.eventId;
import static org.foodtrace.api.export.Identifiers.inspection;
import static org.foodtrace.api.export.Identifiers.lotClass;
import static org.foodtrace.api.export.Identifiers.operator;
import static org.foodtrace.api.export.Identifiers.recall;
import static org.foodtrace.api.export.Identifiers.sale;
import static org.foodtrace.api.export.Identifiers.transformation;

/**
 * Maps the events of one lineage, in time order, to EPCIS events (see docs/interop.md for the table). A
 * processing step recorded on several input batches becomes one TransformationEvent; a child batch's first
 * event adds nothing the parent's slaughter, split or processing event does not already say, except a
 * dispatched part that gets a trace code of its own, whose new identity is a TransformationEvent.
 */
final class EpcisEventMapper {

    static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final LineageHistory lineage;
    private final Set<String> transformationsWritten = new HashSet<>();

    EpcisEventMapper(LineageHistory lineage) {
        this.lineage = lineage;
    }

    Optional<EpcisEvent> map(LineageEvent event) {
        Object payload = event.payload();
        EpcisEvent mapped = null;
        if (payload instanceof BatchRegistered e) {
            mapped = registered(event, e);
        } else if (payload instanceof BatchDerived e) {
            mapped = derived(event, e);
        } else if (payload instanceof BatchOriginExited e) {
            mapped = object(event, "OBSERVE", quantity(event.batch(), e.quantity()), "shipping", "in_transit")
                    .at(operator(e.operatorId()), false)
                    .from(operator(e.operatorId()), operator(e.destinationOperatorId()))
                    .withCertification(certificate(e.certificate()));
        } else if (payload instanceof BatchDispatched e) {
            BatchFacts child = lineage.facts(e.childBatchId());
            mapped = object(event, "OBSERVE", quantity(child, e.quantity()), "shipping", "in_transit")
                    .at(operator(e.operatorId()), false)
                    .from(operator(e.operatorId()), operator(e.destinationOperatorId()));
            Certificate travelsWith = certificateOf(child);
            if (travelsWith != null) {
                mapped = mapped.withCertification(certificate(travelsWith));
            }
        } else if (payload instanceof BatchAdmitted e) {
            mapped = received(event, e.operatorId(), e.certificateNumber(), "active");
        } else if (payload instanceof BatchRejected e) {
            mapped = received(event, e.operatorId(), e.certificateNumber(), "non_conformant");
        } else if (payload instanceof BatchInspected e) {
            mapped = object(event, "OBSERVE", classOnly(event.batch()), "inspecting",
                    e.verdict() == Verdict.PASS ? "active" : "non_conformant")
                    .at(locationOf(event), true);
            if (e.inspectionId() != null) {
                mapped = mapped.withBizTransactions(
                        List.of(new BizTransaction("testres", inspection(e.inspectionId()))));
            }
        } else if (payload instanceof BetaAgonistTestFailed) {
            mapped = object(event, "OBSERVE", classOnly(event.batch()), "inspecting", "non_conformant")
                    .at(locationOf(event), true);
        } else if (payload instanceof BatchSlaughtered e) {
            mapped = slaughtered(event, e);
        } else if (payload instanceof BatchSplit e) {
            mapped = split(event, e);
        } else if (payload instanceof BatchTransformed e) {
            mapped = transformed(event, e);
        } else if (payload instanceof BatchSold e) {
            mapped = object(event, "OBSERVE", quantity(event.batch(), e.quantity()), "retail_selling", "retail_sold")
                    .at(operator(e.operatorId()), true)
                    .withBizTransactions(List.of(new BizTransaction(null, sale(e.saleId()))));
        } else if (payload instanceof BatchDisposed e) {
            mapped = object(event, "OBSERVE", quantity(event.batch(), e.quantity()), "destroying", "destroyed")
                    .at(operator(e.operatorId()), true);
        } else if (payload instanceof BatchRecalled e) {
            mapped = object(event, "OBSERVE", quantity(event.batch(), e.available()), "holding", "recalled")
                    .at(locationOf(event), true)
                    .withBizTransactions(List.of(new BizTransaction(null, recall(e.recallId()))));
        }
        return Optional.ofNullable(mapped);
    }

    private EpcisEvent registered(LineageEvent event, BatchRegistered e) {
        Map<String, Object> ilmd = new LinkedHashMap<>();
        if (e.lot() != null) {
            ilmd.put("cbvmda:lotNumber", e.lot());
        }
        if (e.expiresOn() != null) {
            ilmd.put("cbvmda:itemExpirationDate", e.expiresOn().toString());
        }
        ilmd.put("cbvmda:countryOfOrigin", "CN");
        return object(event, "ADD", quantity(event.batch(), e.quantity()), "commissioning", "active")
                .at(operator(e.producerOperatorId()), true)
                .withIlmd(ilmd);
    }

    /** Only a dispatched part with an identity of its own needs an event; see the class comment. */
    private EpcisEvent derived(LineageEvent event, BatchDerived e) {
        if (e.derivation() != Derivation.DISPATCH || e.parents().isEmpty()) {
            return null;
        }
        ParentLink parentLink = e.parents().get(0);
        BatchFacts parent = lineage.facts(parentLink.batchId());
        if (lotClass(parent).equals(lotClass(event.batch()))) {
            return null;
        }
        return transformationEvent(event, List.of(quantity(parent, parentLink.quantity())),
                List.of(quantity(event.batch(), e.quantity())), event.recorded().eventIdentifier(),
                "commissioning", "in_transit")
                .at(operator(e.holderOperatorId()), true);
    }

    private EpcisEvent received(LineageEvent event, String receiver, String presentedNumber, String disposition) {
        Quantity inbound = event.inbound() != null ? event.inbound() : event.batch().quantity();
        EpcisEvent received = object(event, "OBSERVE", quantity(event.batch(), inbound), "receiving", disposition)
                .at(operator(receiver), true)
                .from(event.senderOperatorId() == null ? null : operator(event.senderOperatorId()), operator(receiver));
        Certificate ofRecord = event.certificate();
        if (ofRecord != null && presentedNumber != null) {
            received = received.withCertification(certificate(ofRecord.type(), presentedNumber));
        }
        return received;
    }

    private EpcisEvent slaughtered(LineageEvent event, BatchSlaughtered e) {
        List<QuantityElement> outputs = new ArrayList<>();
        Quantity consumed = null;
        for (DerivedPart part : e.outputs()) {
            BatchFacts output = lineage.facts(part.batchId());
            outputs.add(quantity(output, part.quantity()));
            consumed = consumed != null ? consumed : output.takenFrom(event.batch().batchId()).orElse(null);
        }
        QuantityElement input = consumed != null ? quantity(event.batch(), consumed) : classOnly(event.batch()).get(0);
        return transformationEvent(event, List.of(input), outputs, event.recorded().eventIdentifier(), "killing", "active")
                .at(operator(e.operatorId()), true)
                .withCertification(certificate(Certificate.meatQuarantine(e.meatQuarantineCertificate(),
                        e.operatorId(), TraceZone.dateOf(e.at()))));
    }

    private EpcisEvent split(LineageEvent event, BatchSplit e) {
        List<QuantityElement> outputs = new ArrayList<>();
        Quantity total = null;
        for (DerivedPart part : e.parts()) {
            outputs.add(quantity(lineage.facts(part.batchId()), part.quantity()));
            total = total == null ? part.quantity() : total.plus(part.quantity());
        }
        List<QuantityElement> inputs = total == null ? classOnly(event.batch()) : List.of(quantity(event.batch(), total));
        return transformationEvent(event, inputs, outputs, event.recorded().eventIdentifier(), "repackaging", "active")
                .at(operator(e.operatorId()), true);
    }

    /**
     * One TransformationEvent per processing step, however many inputs recorded it. Inputs and their
     * quantities come from the outputs' recorded parents, so the event is the same from whichever batch the
     * export starts; its eventID is that of the first output's first event.
     */
    private EpcisEvent transformed(LineageEvent event, BatchTransformed e) {
        if (!transformationsWritten.add(e.transformationId())) {
            return null;
        }
        List<BatchFacts> outputs = e.outputs().stream().map(lineage::facts).toList();
        List<QuantityElement> inputs = outputs.isEmpty()
                ? List.of(quantity(event.batch(), e.quantity()))
                : outputs.get(0).parents().stream()
                        .map(p -> quantity(lineage.facts(p.batchId()), p.quantity()))
                        .toList();
        String id = outputs.isEmpty() ? event.recorded().eventIdentifier() : outputs.get(0).firstEventIdentifier();
        EpcisEvent transformed = EpcisEvent.transformation(eventId(id), time(event), offset(event), inputs,
                outputs.stream().map(o -> quantity(o, o.quantity())).toList(), transformation(e.transformationId()),
                "commissioning", "active");
        return transformed.at(operator(e.operatorId()), true);
    }

    private EpcisEvent object(LineageEvent event, String action, QuantityElement quantity, String bizStep,
                              String disposition) {
        return object(event, action, List.of(quantity), bizStep, disposition);
    }

    private EpcisEvent object(LineageEvent event, String action, List<QuantityElement> quantities, String bizStep,
                              String disposition) {
        return EpcisEvent.object(eventId(event.recorded().eventIdentifier()), time(event), offset(event), action,
                quantities, bizStep, disposition);
    }

    private EpcisEvent transformationEvent(LineageEvent event, List<QuantityElement> inputs,
                                           List<QuantityElement> outputs, String transformationKey, String bizStep, String disposition) {
        return EpcisEvent.transformation(eventId(event.recorded().eventIdentifier()), time(event), offset(event),
                inputs, outputs, transformation(transformationKey), bizStep, disposition);
    }

    private static QuantityElement quantity(BatchFacts batch, Quantity quantity) {
        return new QuantityElement(lotClass(batch), quantity.amount(), UnitOfMeasure.of(quantity.unit()));
    }

    private static List<QuantityElement> classOnly(BatchFacts batch) {
        return List.of(new QuantityElement(lotClass(batch), null, null));
    }

    private static String locationOf(LineageEvent event) {
        String operatorId = ActingOperator.locationOf(event);
        return operatorId == null ? null : operator(operatorId);
    }

    private Certificate certificateOf(BatchFacts child) {
        Object first = lineage.histories().of(child.batchId()).get(0).payload();
        return first instanceof BatchDerived derived ? derived.certificate() : null;
    }

    static String time(LineageEvent event) {
        Instant at = event.recorded().at();
        return EVENT_TIME.format(OffsetDateTime.ofInstant(at, TraceZone.ZONE));
    }

    static String offset(LineageEvent event) {
        ZoneOffset offset = TraceZone.ZONE.getRules().getOffset(event.recorded().at());
        return offset.getId().equals("Z") ? "+00:00" : offset.getId();
    }
}
