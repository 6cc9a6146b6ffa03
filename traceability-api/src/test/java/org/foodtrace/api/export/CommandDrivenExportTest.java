package org.foodtrace.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.BetaAgonistTest;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.EnterMarket;
import org.foodtrace.core.batch.api.ExitOrigin;
import org.foodtrace.core.batch.api.RegisterBatch;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SlaughterBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.api.RegisterOperator;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.trace.TraceCode;
import org.foodtrace.projections.lineage.LineageQueries;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A realistic lineage recorded by the aggregates through the command gateway on real PostgreSQL, exported
 * over HTTP: pigs → slaughter → split → two market lots with sales, and infant formula with a GTIN leaving the
 * factory, dispatched on to a supermarket and sold.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandDrivenExportTest {

    private static final String REGULATOR_TOKEN = Api.REGULATOR_TOKEN;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final String GTIN = "09506000134352";
    private static final String LOT = "L2026/11A";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    LineageHistoryReader exportedLineage;

    @Autowired
    LineageQueries lineageReadModel;

    @Autowired
    ProjectionProgress projections;

    private final SecureRandom random = new SecureRandom();
    private final HttpClient http = HttpClient.newHttpClient();

    private OperatorProfile farm, slaughterhouse, wholesale, stallA, stallB, factory, supermarket;
    private String pigs, carcass, partA, partB, lotA, lotB, formula, formulaAtSupermarket;
    private final Map<String, String> codes = new java.util.HashMap<>();

    @BeforeAll
    void recordTheLineage() {
        farm = operator("平岗养猪场", OperatorKind.FARM, false);
        slaughterhouse = operator("阳江定点屠宰场", OperatorKind.SLAUGHTERHOUSE, true);
        wholesale = operator("江城批发市场", OperatorKind.WHOLESALE_MARKET, false);
        stallA = operator("东门菜市场 A 档", OperatorKind.RETAIL_MARKET, false);
        stallB = operator("西门菜市场 B 档", OperatorKind.RETAIL_MARKET, false);
        factory = operator("Dairy Factory 乳品厂", OperatorKind.MANUFACTURER, false);
        supermarket = operator("华润万家", OperatorKind.SUPERMARKET, false);

        pigs = newBatch();
        send(new RegisterBatch(pigs, codes.get(pigs), Category.LIVESTOCK, "生猪", Species.PIG,
                Quantity.of(20, QuantityUnit.HEAD), "441702", LocalDate.parse("2026-11-19"), null, "P-2026-1120", null,
                as(farm), at(0)));
        send(new ExitOrigin(pigs, new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417020012345",
                "阳东动物卫生监督所", LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-23")), slaughterhouse,
                as(farm), at(60)));
        send(new EnterMarket(pigs, "4417020012345", null, as(slaughterhouse), at(240)));
        carcass = newBatch();
        send(new SlaughterBatch(pigs, BetaAgonistTest.allNegative(), "MQ-2026-0001",
                List.of(new DerivedPart(carcass, codes.get(carcass), "猪白条", Quantity.of(1500, QuantityUnit.KG))),
                as(slaughterhouse), at(300)));
        partA = newBatch();
        partB = newBatch();
        // 100 kg stay at the slaughterhouse. (Splitting all of a batch currently leaves the parts DEPLETED,
        // because they take the parent's status after the split: reported to the domain branch.)
        send(new SplitBatch(carcass, List.of(
                new DerivedPart(partA, codes.get(partA), "猪白条", Quantity.of(800, QuantityUnit.KG)),
                new DerivedPart(partB, codes.get(partB), "猪白条", Quantity.of(600, QuantityUnit.KG))),
                as(slaughterhouse), at(360)));
        lotA = newBatch();
        lotB = newBatch();
        send(new DispatchBatch(partA, lotA, codes.get(lotA), stallA, Quantity.of(800, QuantityUnit.KG),
                as(slaughterhouse), at(420)));
        send(new DispatchBatch(partB, lotB, codes.get(lotB), stallB, Quantity.of(600, QuantityUnit.KG),
                as(slaughterhouse), at(425)));
        send(new EnterMarket(lotA, "MQ-2026-0001", null, as(stallA), at(500)));
        send(new EnterMarket(lotB, "MQ-2026-0001", null, as(stallB), at(505)));
        send(new SellBatch(lotA, "sale-A1", Quantity.of("2.5", QuantityUnit.KG), null, as(stallA), at(600)));
        send(new SellBatch(lotB, "sale-B1", Quantity.of(3, QuantityUnit.KG), "张三", as(stallB), at(610)));

        formula = newBatch();
        send(new RegisterBatch(formula, codes.get(formula), Category.INFANT_FORMULA, "婴儿配方奶粉 1段 800g", null,
                Quantity.of(1000, QuantityUnit.UNIT), "440300", LocalDate.parse("2026-11-18"), GTIN, LOT,
                LocalDate.parse("2028-05-31"), as(factory), at(10)));
        send(new ExitOrigin(formula, new Certificate(CertificateType.FACTORY_INSPECTION, "FI-2026-117", "质检部",
                LocalDate.parse("2026-11-19"), LocalDate.parse("2027-11-19")), wholesale, as(factory), at(70)));
        send(new EnterMarket(formula, "FI-2026-117", null, as(wholesale), at(200)));
        formulaAtSupermarket = newBatch();
        send(new DispatchBatch(formula, formulaAtSupermarket, codes.get(formulaAtSupermarket), supermarket,
                Quantity.of(240, QuantityUnit.UNIT), as(wholesale), at(650)));
        send(new EnterMarket(formulaAtSupermarket, "FI-2026-117", null, as(supermarket), at(700)));
        send(new SellBatch(formulaAtSupermarket, "sale-F1", Quantity.of(2, QuantityUnit.UNIT), null,
                as(supermarket), at(800)));
    }

    private OperatorProfile operator(String name, OperatorKind kind, boolean designated) {
        String id = UUID.randomUUID().toString();
        send(new RegisterOperator(id, name, kind, "LIC-" + id.substring(0, 8), "441702", designated, T0.minusSeconds(3600)));
        return new OperatorProfile(id, kind, designated);
    }

    private String newBatch() {
        String id = UUID.randomUUID().toString();
        codes.put(id, TraceCode.generate(random).value());
        return id;
    }

    private static Actor as(OperatorProfile operator) {
        return Actor.operator(operator, false);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + REGULATOR_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode epcis(String batchId) throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/epcis?batchId=" + batchId);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(EpcisSchema.violations(response.body())).as("GS1 schema violations").isEmpty();
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> events(JsonNode document) {
        List<JsonNode> events = new ArrayList<>();
        document.path("epcisBody").path("eventList").forEach(events::add);
        return events;
    }

    private static Set<String> classesOf(JsonNode event) {
        Set<String> classes = new java.util.HashSet<>();
        for (String list : List.of("quantityList", "inputQuantityList", "outputQuantityList")) {
            event.path(list).forEach(q -> classes.add(q.path("epcClass").asString()));
        }
        return classes;
    }

    private String lot(String batchId) {
        return "urn:foodtrace:lot:" + codes.get(batchId);
    }

    @Test
    void the_lineage_walked_on_the_event_store_is_the_lineage_read_models_graph() {
        projections.awaitProcessed(projections.headOfStore(), Duration.ofSeconds(30));

        for (String batchId : List.of(pigs, carcass, partA, lotB, formula, formulaAtSupermarket)) {
            Set<String> readModel = new java.util.HashSet<>(Set.of(batchId));
            Stream.of(lineageReadModel.upstream(batchId), lineageReadModel.downstream(batchId))
                    .flatMap(graph -> graph.nodes().stream())
                    .forEach(node -> readModel.add(node.batchId()));

            assertThat(exportedLineage.read(batchId).orElseThrow().batchIds())
                    .as("lineage of " + batchId).containsExactlyInAnyOrderElementsOf(readModel);
        }
    }

    @Test
    void an_export_from_the_carcass_has_the_farm_upstream_and_both_stalls_downstream() throws Exception {
        List<JsonNode> events = events(epcis(carcass));

        Set<String> steps = events.stream().map(e -> e.path("bizStep").asString()).collect(Collectors.toSet());
        assertThat(steps).contains("commissioning", "shipping", "receiving", "killing", "repackaging",
                "retail_selling");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("action").asString()).isEqualTo("ADD");
            assertThat(classesOf(e)).containsExactly(lot(pigs));
        });
        assertThat(events).filteredOn(e -> e.path("bizStep").asString().equals("retail_selling"))
                .extracting(e -> classesOf(e).iterator().next())
                .containsExactlyInAnyOrder(lot(lotA), lot(lotB));
    }

    @Test
    void the_export_names_the_stored_events_and_orders_them_by_time() throws Exception {
        List<JsonNode> events = events(epcis(partA));

        assertThat(events).extracting(e -> e.path("eventID").asString()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("urn:uuid:"));
        assertThat(events.stream().map(e -> Instant.parse(e.path("eventTime").asString())).toList()).isSorted();
    }

    @Test
    void the_infant_formula_is_one_gs1_lot_from_factory_to_sale() throws Exception {
        List<JsonNode> events = events(epcis(formulaAtSupermarket));
        String lgtin = "https://id.gs1.org/01/" + GTIN + "/10/L2026%2F11A";

        assertThat(events).extracting(e -> e.path("bizStep").asString()).containsExactly("commissioning",
                "shipping", "receiving", "shipping", "receiving", "retail_selling");
        assertThat(events).allSatisfy(e -> assertThat(classesOf(e)).containsOnly(lgtin));
        assertThat(events.get(0).path("ilmd").path("cbvmda:itemExpirationDate").asString()).isEqualTo("2028-05-31");
    }

    @Test
    void the_spreadsheet_of_the_carcass_lists_every_tracking_event_with_chinese_text() throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/trace.csv?batchId=" + carcass);

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, String>> rows = TraceCsvTest.parse(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("Event")).contains("REGISTRATION", "ORIGIN_EXIT", "MARKET_ENTRY",
                "SLAUGHTER", "SLAUGHTER_OUTPUT", "SPLIT", "SPLIT_PART", "DISPATCH", "DISPATCHED_LOT", "SALE");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Event")).isEqualTo("ORIGIN_EXIT");
            assertThat(r.get("Location")).isEqualTo("平岗养猪场");
            assertThat(r.get("Next recipient")).isEqualTo("阳江定点屠宰场");
            assertThat(r.get("Reference document")).isEqualTo("ANIMAL_QUARANTINE 4417020012345");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Event")).isEqualTo("SALE");
            assertThat(r.get("Next recipient")).isEqualTo("张三");
            assertThat(r.get("Reference document")).isEqualTo("sale sale-B1");
        });
    }
}
