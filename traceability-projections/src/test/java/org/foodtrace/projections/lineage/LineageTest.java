package org.foodtrace.projections.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.kg;
import static org.foodtrace.projections.testing.Fixtures.traceCode;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.testing.Fixtures;
import org.foodtrace.projections.testing.PigsToWetMarkets;
import org.foodtrace.projections.testing.Projections;
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
class LineageTest {

    @Autowired
    LineageQueries lineage;

    final PigsToWetMarkets pork = new PigsToWetMarkets();

    /** Two oilseed lots from one farm batch pressed together into oil: a diamond. */
    final String seeds = id();
    final String seedsToMillA = id();
    final String seedsToMillB = id();
    final String oil = id();

    @BeforeAll
    void play(@Autowired EventStore eventStore, @Autowired ProjectionProgress progress) {
        StoredEvents events = new StoredEvents(eventStore);
        pork.play(events);
        pressOil(events);
        Projections.awaitUpToDate(progress);
    }

    @Test
    void downstream_of_the_pigs_reaches_both_market_lots_over_every_hop() {
        LineageGraph graph = lineage.downstream(pork.pigs);

        assertThat(graph.root()).isEqualTo(pork.pigs);
        assertThat(graph.nodes()).extracting(LineageNode::batchId).first().isEqualTo(pork.pigs);
        assertThat(graph.nodes()).extracting(LineageNode::batchId).containsExactlyInAnyOrder(pork.pigs, pork.pork,
                pork.partA, pork.partB, pork.partC, pork.lotA, pork.lotB);
        assertThat(graph.edges()).containsExactlyInAnyOrder(
                new LineageEdge(pork.pigs, pork.pork, Derivation.SLAUGHTER),
                new LineageEdge(pork.pork, pork.partA, Derivation.SPLIT),
                new LineageEdge(pork.pork, pork.partB, Derivation.SPLIT),
                new LineageEdge(pork.pork, pork.partC, Derivation.SPLIT),
                new LineageEdge(pork.partA, pork.lotA, Derivation.DISPATCH),
                new LineageEdge(pork.partB, pork.lotB, Derivation.DISPATCH));
    }

    @Test
    void nodes_carry_trace_code_holder_and_status() {
        LineageGraph graph = lineage.downstream(pork.pigs);

        assertThat(graph.nodes()).contains(
                new LineageNode(pork.pigs, pork.pigsCode, pork.slaughterhouse, BatchStatus.DEPLETED),
                new LineageNode(pork.pork, pork.porkCode, pork.slaughterhouse, BatchStatus.DEPLETED),
                new LineageNode(pork.partC, pork.partCCode, pork.slaughterhouse, BatchStatus.ADMITTED),
                new LineageNode(pork.lotA, pork.lotACode, pork.marketA, BatchStatus.ADMITTED),
                new LineageNode(pork.lotB, pork.lotBCode, pork.marketB, BatchStatus.ADMITTED));
    }

    @Test
    void upstream_of_a_market_lot_reaches_the_pigs_nearest_first() {
        LineageGraph graph = lineage.upstream(pork.lotA);

        assertThat(graph.nodes()).extracting(LineageNode::batchId)
                .containsExactly(pork.lotA, pork.partA, pork.pork, pork.pigs);
        assertThat(graph.edges()).containsExactly(
                new LineageEdge(pork.partA, pork.lotA, Derivation.DISPATCH),
                new LineageEdge(pork.pork, pork.partA, Derivation.SPLIT),
                new LineageEdge(pork.pigs, pork.pork, Derivation.SLAUGHTER));
    }

    @Test
    void a_transformation_from_two_lots_of_one_ancestor_lists_each_batch_and_edge_once() {
        assertThat(lineage.upstream(oil).nodes()).extracting(LineageNode::batchId)
                .containsExactlyInAnyOrder(oil, seedsToMillA, seedsToMillB, seeds)
                .doesNotHaveDuplicates();
        assertThat(lineage.upstream(oil).edges()).hasSize(4);
        assertThat(lineage.downstream(seeds).nodes()).extracting(LineageNode::batchId)
                .containsExactlyInAnyOrder(seeds, seedsToMillA, seedsToMillB, oil);
        assertThat(lineage.downstream(seeds).edges()).contains(
                new LineageEdge(seedsToMillA, oil, Derivation.TRANSFORM),
                new LineageEdge(seedsToMillB, oil, Derivation.TRANSFORM));
    }

    @Test
    void the_descendants_of_a_batch_include_itself_first_and_everything_made_from_it() {
        List<String> affected = lineage.descendantIds(pork.pork);

        assertThat(affected).first().isEqualTo(pork.pork);
        assertThat(affected).containsExactlyInAnyOrder(pork.pork, pork.partA, pork.partB, pork.partC, pork.lotA,
                pork.lotB);
        assertThat(lineage.descendantIds(seeds)).containsExactlyInAnyOrder(seeds, seedsToMillA, seedsToMillB, oil);
    }

    @Test
    void a_batch_with_no_derivations_is_a_graph_of_itself() {
        LineageGraph graph = lineage.downstream(pork.lotB);

        assertThat(graph.nodes()).extracting(LineageNode::batchId).containsExactly(pork.lotB);
        assertThat(graph.edges()).isEmpty();
        assertThat(lineage.descendantIds(pork.lotB)).containsExactly(pork.lotB);
    }

    private void pressOil(StoredEvents events) {
        String farm = id();
        String mill = id();
        events.batch(seeds, new BatchRegistered(seeds, traceCode(), Category.GRAIN_OIL, "Peanuts", null, kg("1000"),
                "440111", Fixtures.day(18), null, null, null, farm, hour(0)));
        events.batch(seedsToMillA, oilseedPart(seedsToMillA, farm, "600"),
                new BatchTransformed(seedsToMillA, "T-1", kg("600"), List.of(oil), mill, hour(10)));
        events.batch(seedsToMillB, oilseedPart(seedsToMillB, farm, "400"),
                new BatchTransformed(seedsToMillB, "T-1", kg("400"), List.of(oil), mill, hour(10)));
        events.batch(oil, new BatchDerived(oil, traceCode(), Category.GRAIN_OIL, "Peanut oil", null, kg("420"),
                Derivation.TRANSFORM, List.of(new ParentLink(seedsToMillA, kg("600")),
                new ParentLink(seedsToMillB, kg("400"))), mill, null, BatchStatus.REGISTERED, null, null, mill,
                null, null, null, hour(10)));
    }

    private BatchDerived oilseedPart(String batchId, String farm, String kilograms) {
        return new BatchDerived(batchId, traceCode(), Category.GRAIN_OIL, "Peanuts", null, kg(kilograms),
                Derivation.SPLIT, List.of(new ParentLink(seeds, kg(kilograms))), farm, null, BatchStatus.REGISTERED,
                null, "440111", farm, null, null, null, hour(5));
    }
}
