package org.foodtrace.api.export.epcis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An EPCIS 2.0 ObjectEvent or TransformationEvent as written in JSON; fields an event does not use are left
 * out. Built through {@link #object} and {@link #transformation} and the {@code with...} methods.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EpcisEvent(
        String type,
        @JsonProperty("eventID") String eventId,
        String eventTime,
        String eventTimeZoneOffset,
        String action,
        List<QuantityElement> quantityList,
        List<QuantityElement> inputQuantityList,
        List<QuantityElement> outputQuantityList,
        @JsonProperty("transformationID") String transformationId,
        String bizStep,
        String disposition,
        Place readPoint,
        Place bizLocation,
        List<BizTransaction> bizTransactionList,
        List<Source> sourceList,
        List<Destination> destinationList,
        String certificationInfo,
        Map<String, Object> ilmd) {

    public static EpcisEvent object(String eventId, String eventTime, String offset, String action,
                                    List<QuantityElement> quantities, String bizStep, String disposition) {
        return new EpcisEvent("ObjectEvent", eventId, eventTime, offset, action, List.copyOf(quantities), null, null,
                null, bizStep, disposition, null, null, null, null, null, null, null);
    }

    public static EpcisEvent transformation(String eventId, String eventTime, String offset,
                                            List<QuantityElement> inputs, List<QuantityElement> outputs,
                                            String transformationId, String bizStep, String disposition) {
        return new EpcisEvent("TransformationEvent", eventId, eventTime, offset, null, null, List.copyOf(inputs),
                List.copyOf(outputs), transformationId, bizStep, disposition, null, null, null, null, null, null,
                null);
    }

    /** The read point, and the business location unless the goods are leaving ({@code atLocation} false). */
    public EpcisEvent at(String locationUri, boolean atLocation) {
        Place place = locationUri == null ? null : new Place(locationUri);
        return new EpcisEvent(type, eventId, eventTime, eventTimeZoneOffset, action, quantityList, inputQuantityList,
                outputQuantityList, transformationId, bizStep, disposition, place, atLocation ? place : null,
                bizTransactionList, sourceList, destinationList, certificationInfo, ilmd);
    }

    public EpcisEvent withBizTransactions(List<BizTransaction> transactions) {
        return new EpcisEvent(type, eventId, eventTime, eventTimeZoneOffset, action, quantityList, inputQuantityList,
                outputQuantityList, transformationId, bizStep, disposition, readPoint, bizLocation,
                List.copyOf(transactions), sourceList, destinationList, certificationInfo, ilmd);
    }

    /** Source and destination locations of a movement; a null URI leaves that side out. */
    public EpcisEvent from(String sourceUri, String destinationUri) {
        return new EpcisEvent(type, eventId, eventTime, eventTimeZoneOffset, action, quantityList, inputQuantityList,
                outputQuantityList, transformationId, bizStep, disposition, readPoint, bizLocation,
                bizTransactionList,
                sourceUri == null ? null : List.of(new Source(LOCATION, sourceUri)),
                destinationUri == null ? null : List.of(new Destination(LOCATION, destinationUri)),
                certificationInfo, ilmd);
    }

    public EpcisEvent withCertification(String certificateUri) {
        return new EpcisEvent(type, eventId, eventTime, eventTimeZoneOffset, action, quantityList, inputQuantityList,
                outputQuantityList, transformationId, bizStep, disposition, readPoint, bizLocation,
                bizTransactionList, sourceList, destinationList, certificateUri, ilmd);
    }

    public EpcisEvent withIlmd(Map<String, Object> instanceLotMasterData) {
        return new EpcisEvent(type, eventId, eventTime, eventTimeZoneOffset, action, quantityList, inputQuantityList,
                outputQuantityList, transformationId, bizStep, disposition, readPoint, bizLocation,
                bizTransactionList, sourceList, destinationList, certificationInfo,
                Collections.unmodifiableMap(new LinkedHashMap<>(instanceLotMasterData)));
    }

    private static final String LOCATION = "location";

    /** A class of goods and, where known, how much of it, in a UN/CEFACT unit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
    }

    public record Place(String id) {
    }

    /** A business document behind the event; {@code type} is a CBV type or null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BizTransaction(String type, String bizTransaction) {
    }

    public record Source(String type, String source) {
    }

    public record Destination(String type, String destination) {
    }
}
