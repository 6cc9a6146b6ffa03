package org.foodtrace.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator really checks: GS1's schema accepts a minimal document and refuses broken ones. */
class EpcisSchemaTest {

    private static final String VALID = """
            {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"], "type": "EPCISDocument",
             "schemaVersion": "2.0", "creationDate": "2026-11-20T08:00:00.000+08:00",
             "epcisBody": {"eventList": [{"type": "ObjectEvent", "eventTime": "2026-11-20T08:00:00.000+08:00",
               "eventTimeZoneOffset": "+08:00", "action": "OBSERVE",
               "quantityList": [{"epcClass": "urn:foodtrace:lot:ABC", "quantity": 1, "uom": "KGM"}]}]}}
            """;

    @Test
    void a_minimal_object_event_document_is_valid() {
        assertThat(EpcisSchema.violations(VALID)).isEmpty();
    }

    @Test
    void an_event_without_time_zone_offset_is_refused() {
        assertThat(EpcisSchema.violations(VALID.replace("\"eventTimeZoneOffset\": \"+08:00\",", ""))).isNotEmpty();
    }

    @Test
    void a_malformed_event_time_is_refused() {
        assertThat(EpcisSchema.violations(VALID.replace("\"eventTime\": \"2026-11-20T08:00:00.000+08:00\"",
                "\"eventTime\": \"20 Nov 2026\""))).isNotEmpty();
    }

    @Test
    void an_unknown_top_level_field_is_refused() {
        assertThat(EpcisSchema.violations(VALID.replace("\"type\": \"EPCISDocument\",",
                "\"type\": \"EPCISDocument\", \"batch id\": 1,"))).isNotEmpty();
    }

    @Test
    void a_uom_that_is_not_a_un_cefact_code_is_refused() {
        assertThat(EpcisSchema.violations(VALID.replace("\"KGM\"", "\"kg\""))).isNotEmpty();
    }
}
