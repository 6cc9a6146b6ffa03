package org.foodtrace.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.Species;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
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
class BatchViewTest {

    @Autowired
    BatchViewQueries batches;

    @Autowired
    ProjectionProgress progress;

    final PigsToWetMarkets pork = new PigsToWetMarkets();
    final SideStories side = new SideStories();
    StoredEvents events;

    @BeforeAll
    void play(@Autowired EventStore eventStore) {
        events = new StoredEvents(eventStore);
        pork.play(events);
        side.play(events);
        Projections.awaitUpToDate(progress);
    }

    @Test
    void a_registered_batch_shows_its_producer_quantity_and_registration() {
        BatchView pigs = batches.find(pork.pigs).orElseThrow();

        assertThat(pigs.traceCode()).isEqualTo(pork.pigsCode);
        assertThat(pigs.category()).isEqualTo(Category.LIVESTOCK);
        assertThat(pigs.species()).isEqualTo(Species.PIG);
        assertThat(pigs.producerOperatorId()).isEqualTo(pork.farm);
        assertThat(pigs.originRegion()).isEqualTo(PigsToWetMarkets.FARM_REGION);
        assertThat(pigs.producedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(pigs.quantity().registered()).isEqualTo(new QuantityView(new BigDecimal("20"), "head"));
        assertThat(pigs.parents()).isEmpty();
        assertThat(pigs.derivation()).isNull();
    }

    @Test
    void slaughtered_animals_are_depleted_and_held_by_the_slaughterhouse() {
        BatchView pigs = batches.find(pork.pigs).orElseThrow();

        assertThat(pigs.status()).isEqualTo(BatchStatus.DEPLETED);
        assertThat(pigs.holderOperatorId()).isEqualTo(pork.slaughterhouse);
        assertThat(pigs.quantity().available()).isEqualTo(new QuantityView(BigDecimal.ZERO, "head"));
        assertThat(pigs.certificate().type()).isEqualTo("ANIMAL_QUARANTINE");
        assertThat(pigs.certificate().number()).isEqualTo(PigsToWetMarkets.QUARANTINE_CERTIFICATE);
    }

    @Test
    void the_event_list_holds_every_event_in_order_with_its_details() {
        List<BatchEventView> events = batches.find(pork.pigs).orElseThrow().events();

        assertThat(events).extracting(BatchEventView::type)
                .containsExactly("REGISTERED", "ORIGIN_EXITED", "ADMITTED", "SLAUGHTERED");
        assertThat(events).extracting(BatchEventView::operatorId)
                .containsExactly(pork.farm, pork.farm, pork.slaughterhouse, pork.slaughterhouse);
        assertThat(events.get(0).at()).isEqualTo(Fixtures.hour(0));
        assertThat(events.get(1).details()).containsEntry("destinationOperatorId", pork.slaughterhouse)
                .containsEntry("quantity", Map.of("amount", 20, "unit", "head"));
        assertThat(events.get(3).details()).containsEntry("meatQuarantineCertificate",
                PigsToWetMarkets.MEAT_CERTIFICATE);
    }

    @Test
    void a_dispatched_lot_names_its_parent_and_certificate_of_record_and_counts_its_sales() {
        BatchView lot = batches.find(pork.lotA).orElseThrow();

        assertThat(lot.parents()).containsExactly(pork.partA);
        assertThat(lot.derivation()).isEqualTo(Derivation.DISPATCH);
        assertThat(lot.certificate().number()).isEqualTo(PigsToWetMarkets.MEAT_CERTIFICATE);
        assertThat(lot.status()).isEqualTo(BatchStatus.ADMITTED);
        assertThat(lot.holderOperatorId()).isEqualTo(pork.marketA);
        assertThat(lot.quantity().registered().amount()).isEqualByComparingTo("200");
        assertThat(lot.quantity().available().amount()).isEqualByComparingTo("187.5");
        assertThat(lot.events()).extracting(BatchEventView::type)
                .containsExactly("DERIVED", "ADMITTED", "INSPECTED", "SOLD");
        assertThat(lot.events().get(3).details()).containsEntry("buyer", PigsToWetMarkets.BUYER);
    }

    @Test
    void statuses_follow_refusal_hold_disposal_sell_out_transformation_and_recall() {
        assertThat(status(side.refusedGreens)).isEqualTo(BatchStatus.REJECTED);
        assertThat(status(side.heldCabbage)).isEqualTo(BatchStatus.DISPOSED);
        assertThat(status(side.soldOutCucumbers)).isEqualTo(BatchStatus.DEPLETED);
        assertThat(status(side.paddy)).isEqualTo(BatchStatus.DEPLETED);
        assertThat(status(side.rice)).isEqualTo(BatchStatus.REGISTERED);
        assertThat(status(side.formula)).isEqualTo(BatchStatus.RECALLED);
        assertThat(status(side.cattle)).isEqualTo(BatchStatus.ON_HOLD);
    }

    @Test
    void a_misdirected_entry_is_listed_but_changes_nothing() {
        BatchView greens = batches.find(side.refusedGreens).orElseThrow();

        assertThat(greens.events()).extracting(BatchEventView::type)
                .containsExactly("REGISTERED", "ORIGIN_EXITED", "MISDIRECTED_ENTRY_ATTEMPTED", "REJECTED");
        assertThat(greens.holderOperatorId()).isEqualTo(side.cooperative);
        assertThat(greens.destinationOperatorId()).isNull();
    }

    @Test
    void everyone_who_produced_held_or_was_sent_the_batch_may_read_it_and_nobody_else() {
        assertThat(batches.everHeldBy(pork.pigs, pork.farm)).isTrue();
        assertThat(batches.everHeldBy(pork.pigs, pork.slaughterhouse)).isTrue();
        assertThat(batches.everHeldBy(pork.lotA, pork.slaughterhouse)).isTrue();
        assertThat(batches.everHeldBy(pork.lotA, pork.marketA)).isTrue();
        assertThat(batches.everHeldBy(pork.lotA, pork.marketB)).isFalse();
        assertThat(batches.everHeldBy(pork.lotA, pork.farm)).isFalse();
        assertThat(batches.everHeldBy(side.refusedGreens, side.wholesale)).isTrue();
        assertThat(batches.everHeldBy(side.refusedGreens, side.supermarket)).isFalse();
        assertThat(batches.everHeldBy(side.rice, side.mill)).isTrue();
    }

    @Test
    void the_destination_is_known_only_while_the_batch_is_on_its_way() {
        String eggs = id();
        events.batch(eggs, new BatchRegistered(eggs, Fixtures.traceCode(), Category.LIVESTOCK, "Eggs",
                        Species.POULTRY, Fixtures.kg("50"), "440111", Fixtures.day(20), null, null, null,
                        side.cooperative, Fixtures.hour(0)),
                new BatchOriginExited(eggs, new Certificate(CertificateType.ANIMAL_QUARANTINE, "Q-1", "Station",
                        Fixtures.day(20), Fixtures.day(22)), side.supermarket, Fixtures.kg("50"), side.cooperative,
                        Fixtures.hour(1)));
        Projections.awaitUpToDate(progress);

        assertThat(batches.destinationOf(eggs)).contains(side.supermarket);
        assertThat(batches.everHeldBy(eggs, side.supermarket)).isTrue();
        assertThat(batches.destinationOf(pork.lotA)).isEmpty();
        assertThat(batches.destinationOf(side.refusedGreens)).isEmpty();
        assertThat(batches.destinationOf(id())).isEmpty();
    }

    @Test
    void an_unknown_batch_is_not_found() {
        assertThat(batches.find(id())).isEmpty();
    }

    private BatchStatus status(String batchId) {
        return batches.find(batchId).orElseThrow().status();
    }
}
