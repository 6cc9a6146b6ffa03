package org.foodtrace.projections.batch;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of event details, independent of the application's own mapper so stored details do not
 * change with web configuration. Decimals read back as BigDecimal, never double.
 */
final class BatchViewJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private BatchViewJson() {
    }
}
