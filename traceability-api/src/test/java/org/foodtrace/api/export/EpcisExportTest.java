package org.foodtrace.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.foodtrace.api.export.epcis.EpcisExporter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The EPCIS mapping on an in-memory event store: what each domain event becomes, and that GS1's schema agrees. */
class EpcisExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryLineage store = new InMemoryLineage();

    private String exportJson(String batchId) {
        return JSON.writeValueAsString(EpcisExporter.export(store.lineageOf(batchId), CLOCK));
    }

    private JsonNode export(String batchId) {
        return JSON.readTree(exportJson(batchId));
    }

    private static List<JsonNode> events(JsonNode document) {
        List<JsonNode> events = new ArrayList<>();
        document.path("epcisBody").path("eventList").forEach(events::add);
        return events;
    }

    private static List<JsonNode> withBizStep(JsonNode document, String bizStep) {
        return events(document).stream().filter(e -> bizStep.equals(e.path("bizStep").asString())).toList();
    }

    private static Set<String> classes(JsonNode event, String list) {
        Set<String> classes = new HashSet<>();
        event.path(list).forEach(q -> classes.add(q.path("epcClass").asString()));
        return classes;
    }

    private String lot(String batchId) {
        return "urn:foodtrace:lot:" + store.code(batchId);
    }

    private static String operator(String id) {
        return "urn:foodtrace:operator:" + id;
    }

    @Test
    void every_export_is_a_valid_epcis_document_by_gs1_schema() {
        for (String batchId : List.of(store.pigs, store.carcass, store.partA, store.toStallB, store.formula,
                store.formulaToSupermarket, store.paddyA, store.rice, store.spinach)) {
            assertThat(EpcisSchema.violations(exportJson(batchId))).as("export of " + batchId).isEmpty();
        }
    }

    @Test
    void the_document_has_the_epcis_context_version_and_creation_date() {
        JsonNode document = export(store.carcass);

        assertThat(document.path("@context").get(0).asString())
                .isEqualTo("https://ref.gs1.org/standards/epcis/epcis-context.jsonld");
        assertThat(document.path("type").asString()).isEqualTo("EPCISDocument");
        assertThat(document.path("schemaVersion").asString()).isEqualTo("2.0");
        assertThat(document.path("creationDate").asString()).isEqualTo("2026-11-23T10:00:00.000+08:00");
    }

    @Test
    void an_export_from_a_middle_batch_has_upstream_and_downstream_events() {
        JsonNode document = export(store.carcass);

        JsonNode commissioning = withBizStep(document, "commissioning").get(0);
        assertThat(classes(commissioning, "quantityList")).containsExactly(lot(store.pigs));
        assertThat(withBizStep(document, "killing")).hasSize(1);
        assertThat(withBizStep(document, "retail_selling"))
                .extracting(e -> e.path("bizTransactionList").get(0).path("bizTransaction").asString())
                .containsExactlyInAnyOrder("urn:foodtrace:sale:sale-A1", "urn:foodtrace:sale:sale-B1");
        assertThat(document.toString()).doesNotContain(store.code(store.formula)).doesNotContain("06901234567892");
    }

    @Test
    void events_are_in_time_order_in_the_market_time_zone() {
        List<JsonNode> events = events(export(store.carcass));

        List<Instant> times = events.stream().map(e -> Instant.parse(e.path("eventTime").asString())).toList();
        assertThat(times).isSorted();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("eventTimeZoneOffset").asString()).isEqualTo("+08:00");
            assertThat(e.path("eventTime").asString()).endsWith("+08:00");
        });
    }

    @Test
    void event_ids_are_the_event_store_identifiers_as_uuid_urns() {
        Set<String> storeIds = store.lineageOf(store.carcass).histories().allRead().stream()
                .flatMap(b -> store.read(b.batchId()).stream())
                .map(e -> "urn:uuid:" + e.eventIdentifier())
                .collect(Collectors.toSet());

        List<String> ids = events(export(store.carcass)).stream().map(e -> e.path("eventID").asString()).toList();

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(storeIds).contains(id));
        assertThat(ids).isEqualTo(events(export(store.carcass)).stream().map(e -> e.path("eventID").asString()).toList());
    }

    @Test
    void registration_commissions_the_lot_at_its_producer_with_lot_master_data() {
        JsonNode commissioning = withBizStep(export(store.formula), "commissioning").get(0);

        assertThat(commissioning.path("type").asString()).isEqualTo("ObjectEvent");
        assertThat(commissioning.path("action").asString()).isEqualTo("ADD");
        assertThat(commissioning.path("disposition").asString()).isEqualTo("active");
        assertThat(commissioning.path("bizLocation").path("id").asString()).isEqualTo(operator(store.factory));
        assertThat(commissioning.path("ilmd").path("cbvmda:lotNumber").asString()).isEqualTo("L2026/11A");
        assertThat(commissioning.path("ilmd").path("cbvmda:itemExpirationDate").asString()).isEqualTo("2028-05-31");
        assertThat(commissioning.path("quantityList").get(0).path("quantity").asInt()).isEqualTo(1000);
        assertThat(commissioning.path("quantityList").get(0).path("uom").asString()).isEqualTo("H87");
    }

    @Test
    void a_gtin_lot_is_named_by_its_gs1_digital_link_and_keeps_that_name_when_dispatched() {
        JsonNode document = export(store.formulaToSupermarket);
        String lgtin = "https://id.gs1.org/01/06901234567892/10/L2026%2F11A";

        assertThat(events(document)).allSatisfy(e -> assertThat(classes(e, "quantityList")).containsOnly(lgtin));
        assertThat(events(document)).noneMatch(e -> e.path("type").asString().equals("TransformationEvent"));
    }

    @Test
    void fresh_produce_is_named_by_its_trace_code() {
        JsonNode commissioning = withBizStep(export(store.spinach), "commissioning").get(0);

        assertThat(classes(commissioning, "quantityList")).containsExactly(lot(store.spinach));
    }

    @Test
    void origin_exit_ships_the_lot_in_transit_to_its_destination_with_its_certificate() {
        JsonNode shipping = withBizStep(export(store.pigs), "shipping").get(0);

        assertThat(shipping.path("disposition").asString()).isEqualTo("in_transit");
        assertThat(shipping.path("readPoint").path("id").asString()).isEqualTo(operator(store.farm));
        assertThat(shipping.has("bizLocation")).isFalse();
        assertThat(shipping.path("sourceList").get(0).path("source").asString()).isEqualTo(operator(store.farm));
        assertThat(shipping.path("destinationList").get(0).path("type").asString()).isEqualTo("location");
        assertThat(shipping.path("destinationList").get(0).path("destination").asString())
                .isEqualTo(operator(store.slaughterhouse));
        assertThat(shipping.path("certificationInfo").asString())
                .isEqualTo("urn:foodtrace:certificate:ANIMAL_QUARANTINE:4417020012345");
        assertThat(shipping.path("quantityList").get(0).path("uom").asString()).isEqualTo("H87");
    }

    @Test
    void admission_receives_the_lot_active_from_its_sender() {
        JsonNode receiving = withBizStep(export(store.pigs), "receiving").get(0);

        assertThat(receiving.path("disposition").asString()).isEqualTo("active");
        assertThat(receiving.path("bizLocation").path("id").asString()).isEqualTo(operator(store.slaughterhouse));
        assertThat(receiving.path("sourceList").get(0).path("source").asString()).isEqualTo(operator(store.farm));
        assertThat(receiving.path("quantityList").get(0).path("quantity").asInt()).isEqualTo(20);
    }

    @Test
    void slaughter_transforms_the_animals_into_carcasses_under_the_meat_quarantine_certificate() {
        JsonNode killing = withBizStep(export(store.pigs), "killing").get(0);

        assertThat(killing.path("type").asString()).isEqualTo("TransformationEvent");
        assertThat(classes(killing, "inputQuantityList")).containsExactly(lot(store.pigs));
        assertThat(killing.path("inputQuantityList").get(0).path("quantity").asInt()).isEqualTo(20);
        assertThat(classes(killing, "outputQuantityList")).containsExactly(lot(store.carcass));
        assertThat(killing.path("outputQuantityList").get(0).path("uom").asString()).isEqualTo("KGM");
        assertThat(killing.path("transformationID").asString()).startsWith("urn:foodtrace:transformation:");
        assertThat(killing.path("certificationInfo").asString())
                .isEqualTo("urn:foodtrace:certificate:MEAT_QUARANTINE:MQ-2026-0001");
    }

    @Test
    void a_split_transforms_the_lot_into_all_its_parts_even_those_outside_the_lineage() {
        JsonNode split = withBizStep(export(store.toStallA), "repackaging").get(0);

        assertThat(classes(split, "inputQuantityList")).containsExactly(lot(store.carcass));
        assertThat(split.path("inputQuantityList").get(0).path("quantity").asInt()).isEqualTo(1100);
        assertThat(classes(split, "outputQuantityList")).containsExactlyInAnyOrder(lot(store.partA), lot(store.partB));
    }

    @Test
    void a_dispatched_part_with_its_own_trace_code_is_commissioned_from_its_parent_then_shipped() {
        List<JsonNode> events = events(export(store.toStallA));
        JsonNode reidentified = events.stream()
                .filter(e -> classes(e, "outputQuantityList").contains(lot(store.toStallA))).findFirst().orElseThrow();
        int shipped = events.indexOf(events.stream()
                .filter(e -> e.path("bizStep").asString().equals("shipping"))
                .filter(e -> classes(e, "quantityList").contains(lot(store.toStallA))).findFirst().orElseThrow());

        assertThat(reidentified.path("bizStep").asString()).isEqualTo("commissioning");
        assertThat(classes(reidentified, "inputQuantityList")).containsExactly(lot(store.partA));
        assertThat(events.indexOf(reidentified)).isLessThan(shipped);
        assertThat(classes(events.get(shipped), "quantityList")).containsExactly(lot(store.toStallA));
    }

    @Test
    void processing_from_two_inputs_is_one_transformation_event_whichever_batch_the_export_starts_from() {
        List<JsonNode> fromA = withBizStep(export(store.paddyA), "commissioning").stream()
                .filter(e -> e.path("type").asString().equals("TransformationEvent")).toList();
        List<JsonNode> fromRice = withBizStep(export(store.rice), "commissioning").stream()
                .filter(e -> e.path("type").asString().equals("TransformationEvent")).toList();

        assertThat(fromA).hasSize(1);
        assertThat(fromRice).hasSize(1);
        assertThat(fromA.get(0)).isEqualTo(fromRice.get(0));
        assertThat(classes(fromA.get(0), "inputQuantityList")).containsExactlyInAnyOrder(lot(store.paddyA),
                lot(store.paddyB));
        assertThat(fromA.get(0).path("transformationID").asString())
                .isEqualTo("urn:foodtrace:transformation:" + store.transformationId);
    }

    @Test
    void rejection_and_failed_inspection_are_non_conformant_and_disposal_destroys() {
        JsonNode document = export(store.spinach);

        assertThat(withBizStep(document, "receiving").get(0).path("disposition").asString())
                .isEqualTo("non_conformant");
        JsonNode inspection = withBizStep(document, "inspecting").get(0);
        assertThat(inspection.path("disposition").asString()).isEqualTo("non_conformant");
        assertThat(inspection.path("bizLocation").path("id").asString()).isEqualTo(operator(store.paddyFarmA));
        assertThat(inspection.path("bizTransactionList").get(0).path("type").asString()).isEqualTo("testres");
        assertThat(withBizStep(document, "destroying").get(0).path("disposition").asString()).isEqualTo("destroyed");
    }

    @Test
    void a_passed_inspection_leaves_the_lot_active() {
        assertThat(withBizStep(export(store.carcass), "inspecting").get(0).path("disposition").asString())
                .isEqualTo("active");
    }

    @Test
    void a_recall_holds_what_is_left_as_recalled() {
        JsonNode recall = withBizStep(export(store.formula), "holding").get(0);

        assertThat(recall.path("disposition").asString()).isEqualTo("recalled");
        assertThat(recall.path("quantityList").get(0).path("quantity").asInt()).isEqualTo(237);
        assertThat(recall.path("bizTransactionList").get(0).path("bizTransaction").asString())
                .isEqualTo("urn:foodtrace:recall:" + store.recallId);
    }

    @Test
    void a_misdirected_entry_attempt_is_not_exported() {
        assertThat(withBizStep(export(store.toStallA), "receiving"))
                .filteredOn(e -> classes(e, "quantityList").contains(lot(store.toStallA)))
                .singleElement()
                .satisfies(e -> assertThat(e.path("bizLocation").path("id").asString())
                        .isEqualTo(operator(store.stallA)));
    }

    @Test
    void master_data_names_every_location_with_its_chinese_name_and_every_lot_class() {
        JsonNode vocabularies = export(store.carcass).path("epcisHeader").path("epcisMasterData").path("vocabularyList");

        JsonNode locations = vocabularies.get(0);
        assertThat(locations.path("type").asString()).isEqualTo("urn:epcglobal:epcis:vtype:BusinessLocation");
        assertThat(locations.toString()).contains("阳江定点屠宰场").contains(operator(store.stallA));
        JsonNode classes = vocabularies.get(1);
        assertThat(classes.path("type").asString()).isEqualTo("urn:epcglobal:epcis:vtype:EPCClass");
        assertThat(classes.toString()).contains("猪白条 Pork carcass halves").contains(lot(store.toStallB));
    }

    @Test
    void an_unknown_or_malformed_batch_id_has_no_lineage() {
        assertThat(store.reader().read("7b0c61f2-1b2c-4d5e-8f90-123456789abc")).isEmpty();
        assertThat(store.reader().read("not-a-uuid")).isEmpty();
        assertThat(store.reader().read(store.farm)).isEmpty();
    }
}
