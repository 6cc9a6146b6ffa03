package org.foodtrace.api.export.csv;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.foodtrace.api.export.ActingOperator;
import org.foodtrace.api.export.BatchFacts;
import org.foodtrace.api.export.Identifiers;
import org.foodtrace.api.export.LineageEvent;
import org.foodtrace.api.export.LineageHistory;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
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
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.TraceZone;

/**
 * One row per event of every lot in the lineage, so that filtering the sheet by one traceability lot code shows
 * that lot's whole story: a slaughter, split or processing step appears on the input lot (what was consumed,
 * which lots it became) and on each output lot (what it was made from). Attempted entries by the wrong
 * operator change nothing and are not tracking events; they stay in the batch view.
 */
public final class TraceRowMapper {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    static final Comparator<TraceRow> ORDER = Comparator.comparing(TraceRow::at)
            .thenComparing(TraceRow::lotCode)
            .thenComparingLong(TraceRow::sequence);

    private final LineageHistory lineage;

    private TraceRowMapper(LineageHistory lineage) {
        this.lineage = lineage;
    }

    public static List<TraceRow> rows(LineageHistory lineage) {
        TraceRowMapper mapper = new TraceRowMapper(lineage);
        List<TraceRow> rows = new ArrayList<>();
        for (LineageEvent event : lineage.events()) {
            mapper.row(event).ifPresent(rows::add);
        }
        rows.sort(ORDER);
        return rows;
    }

    private Optional<TraceRow> row(LineageEvent event) {
        Object payload = event.payload();
        BatchFacts batch = event.batch();
        if (payload instanceof BatchRegistered e) {
            return row(event, "REGISTRATION", e.quantity(), e.producerOperatorId(), null, null, null,
                    join("produced on " + e.producedOn(), e.species() == null ? null : "species " + e.species(),
                            "origin region " + e.originRegion(),
                            e.expiresOn() == null ? null : "expires on " + e.expiresOn()));
        } else if (payload instanceof BatchDerived e) {
            String parents = e.parents().stream()
                    .map(p -> lotWithQuantity(lineage.facts(p.batchId()), p.quantity()))
                    .collect(Collectors.joining("; "));
            return row(event, derivedType(e), e.quantity(), e.holderOperatorId(), parents,
                    e.destinationOperatorId() == null ? null : operatorName(e.destinationOperatorId()),
                    certificate(e.certificate()), null);
        } else if (payload instanceof BatchOriginExited e) {
            return row(event, "ORIGIN_EXIT", e.quantity(), e.operatorId(), null,
                    operatorName(e.destinationOperatorId()), certificate(e.certificate()), null);
        } else if (payload instanceof BatchDispatched e) {
            BatchFacts child = lineage.facts(e.childBatchId());
            return row(event, "DISPATCH", e.quantity(), e.operatorId(), null, operatorName(e.destinationOperatorId()),
                    certificate(event.certificate()), "as lot " + child.traceCode());
        } else if (payload instanceof BatchAdmitted e) {
            return row(event, "MARKET_ENTRY", inbound(event), e.operatorId(), senderName(event), null,
                    presented(event, e.certificateNumber()), null);
        } else if (payload instanceof BatchRejected e) {
            return row(event, "ENTRY_REJECTED", inbound(event), e.operatorId(), senderName(event), null,
                    presented(event, e.certificateNumber()), e.code() == null ? null : e.code().name());
        } else if (payload instanceof BatchInspected e) {
            return row(event, "INSPECTION", null, ActingOperator.locationOf(event), null, null,
                    join(e.sampleId() == null ? null : "sample " + e.sampleId(),
                            e.inspectionId() == null ? null : "inspection " + e.inspectionId()),
                    join(e.analyte() + " by " + e.method() + ": " + plain(e.value()) + " " + e.unit()
                                    + " (limit " + plain(e.limit()) + ") " + e.verdict(),
                            Actor.REGULATOR_ID.equals(e.operatorId()) ? "by the regulator" : null));
        } else if (payload instanceof BetaAgonistTestFailed e) {
            return row(event, "BETA_AGONIST_TEST_FAILED", null, e.operatorId(), null, null, null,
                    betaAgonist(e.betaAgonistTest()));
        } else if (payload instanceof BatchSlaughtered e) {
            Quantity consumed = e.outputs().isEmpty() ? null
                    : lineage.facts(e.outputs().get(0).batchId()).takenFrom(batch.batchId()).orElse(null);
            return row(event, "SLAUGHTER", consumed, e.operatorId(), null, parts(e.outputs()),
                    CertificateType.MEAT_QUARANTINE.name() + " " + e.meatQuarantineCertificate(),
                    betaAgonist(e.betaAgonistTest()));
        } else if (payload instanceof BatchSplit e) {
            Quantity total = e.parts().stream().map(DerivedPart::quantity).reduce(Quantity::plus).orElse(null);
            return row(event, "SPLIT", total, e.operatorId(), null, parts(e.parts()), null, null);
        } else if (payload instanceof BatchTransformed e) {
            String outputs = e.outputs().stream()
                    .map(id -> lineage.facts(id))
                    .map(o -> lotWithQuantity(o, o.quantity()) + " " + o.product())
                    .collect(Collectors.joining("; "));
            return row(event, "TRANSFORMATION", e.quantity(), e.operatorId(), null, outputs,
                    "transformation " + e.transformationId(), null);
        } else if (payload instanceof BatchSold e) {
            return row(event, "SALE", e.quantity(), e.operatorId(), null, buyer(e.buyer()), "sale " + e.saleId(),
                    null);
        } else if (payload instanceof BatchDisposed e) {
            return row(event, "DISPOSAL", e.quantity(), e.operatorId(), null, null, null,
                    join(e.method(), e.witness() == null ? null : "witness " + e.witness()));
        } else if (payload instanceof BatchRecalled e) {
            return row(event, "RECALL", e.available(), ActingOperator.locationOf(event), null, null,
                    "recall " + e.recallId(),
                    join("level " + e.level(), e.reason(),
                            e.sold() == null ? null : "sold before the recall " + e.sold()));
        }
        return Optional.empty();
    }

    private Optional<TraceRow> row(LineageEvent event, String type, Quantity quantity, String locationId,
                                   String previousSource, String nextRecipient, String reference, String details) {
        BatchFacts batch = event.batch();
        return Optional.of(new TraceRow(event.recorded().at(), event.recorded().sequence(),
                TIME.format(OffsetDateTime.ofInstant(event.recorded().at(), TraceZone.ZONE)), type,
                batch.traceCode(), text(batch.product()), batch.category().name(), batch.gtin(), text(batch.lot()),
                quantity == null ? null : quantity.amount().toPlainString(),
                quantity == null ? null : quantity.unit().symbol(),
                text(operatorName(locationId)), lineage.operatorRegion(locationId), text(previousSource),
                text(nextRecipient), text(reference), text(details), batch.batchId(), locationId,
                Identifiers.eventId(event.recorded().eventIdentifier())));
    }

    private static String derivedType(BatchDerived e) {
        return switch (e.derivation()) {
            case DISPATCH -> "DISPATCHED_LOT";
            case SLAUGHTER -> "SLAUGHTER_OUTPUT";
            case SPLIT -> "SPLIT_PART";
            case TRANSFORM -> "TRANSFORMATION_OUTPUT";
        };
    }

    private String operatorName(String operatorId) {
        if (operatorId == null) {
            return null;
        }
        return Actor.REGULATOR_ID.equals(operatorId) ? "regulator" : lineage.operatorName(operatorId);
    }

    private String senderName(LineageEvent event) {
        return operatorName(event.senderOperatorId());
    }

    /** A buyer is free text or an operator id; an operator is shown by name. */
    private String buyer(String buyer) {
        return buyer == null ? null : lineage.operators().containsKey(buyer) ? lineage.operatorName(buyer) : buyer;
    }

    private static Quantity inbound(LineageEvent event) {
        return event.inbound() != null ? event.inbound() : event.batch().quantity();
    }

    private static String presented(LineageEvent event, String number) {
        Certificate ofRecord = event.certificate();
        return ofRecord == null ? number : ofRecord.type().name() + " " + number;
    }

    private static String certificate(Certificate certificate) {
        return certificate == null ? null : certificate.type().name() + " " + certificate.number();
    }

    private String parts(List<DerivedPart> parts) {
        return parts.stream()
                .map(p -> lotWithQuantity(lineage.facts(p.batchId()), p.quantity()))
                .collect(Collectors.joining("; "));
    }

    private static String lotWithQuantity(BatchFacts lot, Quantity quantity) {
        return lot.traceCode() + " (" + quantity + ")";
    }

    private static String betaAgonist(BetaAgonistTest test) {
        return test == null ? null : "clenbuterol " + test.clenbuterol() + ", ractopamine " + test.ractopamine()
                + ", salbutamol " + test.salbutamol();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Text as recorded, except that a cell a spreadsheet would run as a formula (starting with = + - @ or a
     * tab or carriage return) is prefixed with an apostrophe, as OWASP advises for CSV exports.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
