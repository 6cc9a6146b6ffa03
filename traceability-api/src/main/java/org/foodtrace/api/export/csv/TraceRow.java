package org.foodtrace.api.export.csv;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One critical tracking event of one lot with its key data elements. {@code at} orders rows and is not a
 * column; {@code eventTime} shows it in the market's time zone.
 */
@JsonPropertyOrder({TraceRow.EVENT_TIME, TraceRow.EVENT_TYPE, TraceRow.LOT_CODE, TraceRow.PRODUCT, TraceRow.CATEGORY,
        TraceRow.GTIN, TraceRow.LOT, TraceRow.QUANTITY, TraceRow.UNIT, TraceRow.LOCATION, TraceRow.LOCATION_REGION,
        TraceRow.PREVIOUS_SOURCE, TraceRow.NEXT_RECIPIENT, TraceRow.REFERENCE_DOCUMENT, TraceRow.DETAILS,
        TraceRow.BATCH_ID, TraceRow.LOCATION_ID, TraceRow.EVENT_ID})
public record TraceRow(
        @JsonIgnore Instant at,
        @JsonIgnore long sequence,
        @JsonProperty(EVENT_TIME) String eventTime,
        @JsonProperty(EVENT_TYPE) String eventType,
        @JsonProperty(LOT_CODE) String lotCode,
        @JsonProperty(PRODUCT) String product,
        @JsonProperty(CATEGORY) String category,
        @JsonProperty(GTIN) String gtin,
        @JsonProperty(LOT) String lot,
        @JsonProperty(QUANTITY) String quantity,
        @JsonProperty(UNIT) String unit,
        @JsonProperty(LOCATION) String location,
        @JsonProperty(LOCATION_REGION) String locationRegion,
        @JsonProperty(PREVIOUS_SOURCE) String previousSource,
        @JsonProperty(NEXT_RECIPIENT) String nextRecipient,
        @JsonProperty(REFERENCE_DOCUMENT) String referenceDocument,
        @JsonProperty(DETAILS) String details,
        @JsonProperty(BATCH_ID) String batchId,
        @JsonProperty(LOCATION_ID) String locationId,
        @JsonProperty(EVENT_ID) String eventId) {

    public static final String EVENT_TIME = "Event time";
    public static final String EVENT_TYPE = "Event";
    public static final String LOT_CODE = "Traceability lot code";
    public static final String PRODUCT = "Product";
    public static final String CATEGORY = "Category";
    public static final String GTIN = "GTIN";
    public static final String LOT = "Lot";
    public static final String QUANTITY = "Quantity";
    public static final String UNIT = "Unit";
    public static final String LOCATION = "Location";
    public static final String LOCATION_REGION = "Location region";
    public static final String PREVIOUS_SOURCE = "Previous source";
    public static final String NEXT_RECIPIENT = "Next recipient";
    public static final String REFERENCE_DOCUMENT = "Reference document";
    public static final String DETAILS = "Details";
    public static final String BATCH_ID = "Batch ID";
    public static final String LOCATION_ID = "Location ID";
    public static final String EVENT_ID = "Event ID";
}
