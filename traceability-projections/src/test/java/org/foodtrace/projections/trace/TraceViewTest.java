package org.foodtrace.projections.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.projections.testing.Fixtures.hour;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.chain.ChainLink;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.testing.Fixtures;
import org.foodtrace.projections.testing.PigsToWetMarkets;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.projections.testing.SideStories;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceViewTest {

    @Autowired
    TraceQueries traces;

    @Autowired
    ProjectionProgress progress;

    final PigsToWetMarkets pork = new PigsToWetMarkets();
    final PigsToWetMarkets recalledPork = new PigsToWetMarkets();
    final SideStories side = new SideStories();
    StoredEvents events;
    final String chained = Fixtures.id();
    final String chainedCode = Fixtures.traceCode();
    ChainHash chainedHead;
    final String tampered = Fixtures.id();
    final String tamperedCode = Fixtures.traceCode();

    @BeforeAll
    void play(@Autowired EventStore eventStore) {
        events = new StoredEvents(eventStore);
        chainedHead = events.chainedBatch(chained, cabbage(chained, chainedCode),
                new BatchSold(chained, "sale-c", Fixtures.kg("5"), null, FARMER, hour(2)));
        ChainHash tamperedHead = events.chainedBatch(tampered, cabbage(tampered, tamperedCode));
        BatchSold recorded = new BatchSold(tampered, "sale-t", Fixtures.kg("5"), null, FARMER, hour(2));
        BatchSold stored = new BatchSold(tampered, "sale-t", Fixtures.kg("1"), null, FARMER, hour(2));
        events.batchWithMetaData(tampered, stored, ChainLink.next(tamperedHead, List.of(), recorded).metaData());
        pork.play(events);
        recalledPork.play(events);
        side.play(events);
        events.batch(recalledPork.pork, new BatchRecalled(recalledPork.pork, "recall-1", "Salmonella in sampling",
                RecallLevel.I, recalledPork.slaughterhouse, Fixtures.kg("0"), Fixtures.kg("0"), hour(40),
                List.of(recalledPork.partA, recalledPork.partB, recalledPork.partC)));
        Projections.awaitUpToDate(progress);
    }

    private static final String FARMER = "chain-farmer";

    private static BatchRegistered cabbage(String batchId, String traceCode) {
        return new BatchRegistered(batchId, traceCode, Category.VEGETABLE, "Cabbage", null, Fixtures.kg("100"),
                "441702", Fixtures.day(20), null, null, null, FARMER, hour(0));
    }

    @Test
    void a_batch_whose_events_all_match_their_links_is_verified_with_its_head_hash() {
        TraceView trace = traces.findByTraceCode(chainedCode).orElseThrow();

        assertThat(trace.headHash()).isEqualTo(chainedHead.hex());
        assertThat(trace.verified()).isTrue();
        assertThat(trace.integrity()).isEqualTo(ChainIntegrity.VERIFIED);
    }

    @Test
    void an_event_that_does_not_match_its_stored_hash_breaks_the_trace() {
        TraceView trace = traces.findByTraceCode(tamperedCode).orElseThrow();

        assertThat(trace.verified()).isFalse();
        assertThat(trace.integrity()).isEqualTo(ChainIntegrity.BROKEN);
    }

    @Test
    void a_history_recorded_without_hashes_is_unverifiable_not_broken() {
        TraceView trace = traces.findByTraceCode(pork.lotACode).orElseThrow();

        assertThat(trace.verified()).isFalse();
        assertThat(trace.integrity()).isEqualTo(ChainIntegrity.UNVERIFIABLE);
        assertThat(trace.headHash()).isNull();
    }

    @Test
    void a_wet_market_lot_traces_back_to_the_farm() {
        TraceView trace = traces.findByTraceCode(pork.lotACode).orElseThrow();

        assertThat(trace.traceCode()).isEqualTo(pork.lotACode);
        assertThat(trace.product()).isEqualTo("Pork carcass halves");
        assertThat(trace.category()).isEqualTo(Category.LIVESTOCK);
        assertThat(trace.upstream()).containsExactly(pork.partACode, pork.porkCode, pork.pigsCode);
        assertThat(trace.origin()).isEqualTo(new TraceOrigin(PigsToWetMarkets.FARM_REGION, PigsToWetMarkets.FARM_NAME,
                new CertificateRef("ANIMAL_QUARANTINE", PigsToWetMarkets.QUARANTINE_CERTIFICATE)));
        assertThat(trace.recalled()).isFalse();
    }

    @Test
    void the_journey_runs_from_farm_to_stall_with_operator_names_and_regions() {
        List<JourneyStep> journey = traces.findByTraceCode(pork.lotACode).orElseThrow().journey();

        assertThat(journey).extracting(JourneyStep::step).containsExactly("REGISTERED", "ORIGIN_EXIT",
                "MARKET_ENTRY", "SLAUGHTER", "SPLIT", "DISPATCH", "MARKET_ENTRY");
        assertThat(journey).extracting(JourneyStep::operatorName).containsExactly(PigsToWetMarkets.FARM_NAME,
                PigsToWetMarkets.FARM_NAME, "Yangjiang Designated Slaughterhouse",
                "Yangjiang Designated Slaughterhouse", "Yangjiang Designated Slaughterhouse",
                "Yangjiang Designated Slaughterhouse", "Dongshan Wet Market");
        assertThat(journey.get(0).region()).isEqualTo(PigsToWetMarkets.FARM_REGION);
        assertThat(journey.get(6).region()).isEqualTo("440104");
        assertThat(journey.get(0).at()).isEqualTo(hour(0));
    }

    @Test
    void the_lot_of_one_market_does_not_show_the_other_markets_dispatch() {
        List<JourneyStep> journey = traces.findByTraceCode(pork.lotBCode).orElseThrow().journey();

        assertThat(journey).extracting(JourneyStep::operatorName).doesNotContain("Dongshan Wet Market")
                .endsWith("Shipai Wet Market");
        assertThat(journey).filteredOn(step -> step.step().equals("DISPATCH")).hasSize(1);
    }

    @Test
    void inspections_include_the_beta_agonist_tests_before_slaughter_and_the_markets_rapid_test() {
        List<InspectionView> inspections = traces.findByTraceCode(pork.lotACode).orElseThrow().inspections();

        assertThat(inspections).extracting(InspectionView::analyte)
                .containsExactly("clenbuterol", "ractopamine", "salbutamol", "clenbuterol");
        assertThat(inspections).extracting(InspectionView::verdict).containsOnly("PASS");
        assertThat(inspections.get(0).operatorName()).isEqualTo("Yangjiang Designated Slaughterhouse");
        assertThat(inspections.get(3).method()).isEqualTo("colloidal gold strip");
        assertThat(inspections.get(3).limit()).isEqualByComparingTo("0.5");
    }

    @Test
    void the_trace_names_no_token_licence_buyer_or_sample() {
        String trace = traces.findByTraceCode(pork.lotACode).orElseThrow().toString();

        assertThat(trace).doesNotContain(PigsToWetMarkets.FARM_LICENCE, PigsToWetMarkets.BUYER, "S-0001",
                "apiToken", pork.farm, pork.marketA);
    }

    @Test
    void a_lot_is_recalled_when_it_or_any_ancestor_is_recalled() {
        assertThat(traces.findByTraceCode(recalledPork.porkCode).orElseThrow().recalled()).isTrue();
        assertThat(traces.findByTraceCode(recalledPork.lotACode).orElseThrow().recalled()).isTrue();
        assertThat(traces.findByTraceCode(recalledPork.pigsCode).orElseThrow().recalled()).isFalse();
    }

    @Test
    void processed_food_has_its_processor_as_origin_and_still_lists_the_farm_batch_upstream() {
        TraceView rice = traces.findByTraceCode(side.riceCode).orElseThrow();

        assertThat(rice.origin().producerName()).isEqualTo("Zengcheng Rice Mill");
        assertThat(rice.origin().region()).isEqualTo("440113");
        assertThat(rice.origin().certificate()).isNull();
        assertThat(rice.upstream()).containsExactly(side.paddyCode);
        assertThat(rice.journey()).extracting(JourneyStep::step)
                .containsExactly("REGISTERED", "ORIGIN_EXIT", "MARKET_ENTRY", "TRANSFORM");
    }

    @Test
    void a_farm_batch_is_its_own_origin_with_the_certificate_it_left_with() {
        TraceView paddy = traces.findByTraceCode(side.paddyCode).orElseThrow();

        assertThat(paddy.origin()).isEqualTo(new TraceOrigin("440111", "Baiyun Vegetable Cooperative",
                new CertificateRef("COMPLIANCE_COMMITMENT", "CC-0004")));
        assertThat(paddy.upstream()).isEmpty();
    }

    @Test
    void a_refused_delivery_shows_the_refusal_but_not_the_misdirected_attempt() {
        TraceView greens = traces.findByTraceCode(side.refusedGreensCode).orElseThrow();

        assertThat(greens.journey()).extracting(JourneyStep::step)
                .containsExactly("REGISTERED", "ORIGIN_EXIT", "ENTRY_REFUSED");
        assertThat(greens.journey().get(2).operatorName()).isEqualTo("Jiangnan Wholesale Market");
    }

    @Test
    void an_unknown_code_has_no_trace_and_a_known_one_resolves_to_its_batch() {
        assertThat(traces.findByTraceCode(Fixtures.traceCode())).isEmpty();
        assertThat(traces.batchIdOf(pork.lotACode)).contains(pork.lotA);
        assertThat(traces.batchIdOf(Fixtures.traceCode())).isEmpty();
    }
}
