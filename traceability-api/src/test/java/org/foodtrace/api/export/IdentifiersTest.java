package org.foodtrace.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static BatchFacts batch(String gtin, String lot) {
        return new BatchFacts("b", "QMQ0BFWQPJBY38V1", Category.INFANT_FORMULA, "p", Quantity.of(1, QuantityUnit.UNIT),
                gtin, lot, null, null, "441702", "o", null, List.of(), "e");
    }

    @Test
    void a_batch_with_gtin_and_lot_is_a_gs1_digital_link_lot_class() {
        assertThat(Identifiers.lotClass(batch("09506000134352", "ABC123")))
                .isEqualTo("https://id.gs1.org/01/09506000134352/10/ABC123");
    }

    @Test
    void a_batch_without_both_gtin_and_lot_is_named_by_its_trace_code() {
        assertThat(Identifiers.lotClass(batch(null, "P-2026-1120"))).isEqualTo("urn:foodtrace:lot:QMQ0BFWQPJBY38V1");
        assertThat(Identifiers.lotClass(batch("09506000134352", null))).isEqualTo("urn:foodtrace:lot:QMQ0BFWQPJBY38V1");
    }

    @Test
    void lots_and_certificate_numbers_are_percent_encoded_into_one_valid_segment() {
        String lgtin = Identifiers.lotClass(batch("09506000134352", "L2026/11A#1"));
        String certificate = Identifiers.certificate(CertificateType.COMPLIANCE_COMMITMENT, "粤 CC 0001");

        assertThat(lgtin).isEqualTo("https://id.gs1.org/01/09506000134352/10/L2026%2F11A%231");
        assertThat(certificate)
                .isEqualTo("urn:foodtrace:certificate:COMPLIANCE_COMMITMENT:%E7%B2%A4%20CC%200001");
        assertThat(URI.create(lgtin).getPath()).isEqualTo("/01/09506000134352/10/L2026/11A#1");
        assertThat(URI.create(certificate).isAbsolute()).isTrue();
    }

    @Test
    void event_ids_are_uuid_urns_of_the_stored_identifier_or_a_stable_name_based_uuid() {
        assertThat(Identifiers.eventId("84eac2e5-1132-4a6d-a7f0-143f13bc0faa"))
                .isEqualTo("urn:uuid:84eac2e5-1132-4a6d-a7f0-143f13bc0faa");
        assertThat(Identifiers.eventId("not-a-uuid")).startsWith("urn:uuid:")
                .isEqualTo(Identifiers.eventId("not-a-uuid"));
    }
}
