package org.foodtrace.projections.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;
import static org.foodtrace.projections.testing.Fixtures.traceCode;
import static org.foodtrace.projections.testing.Fixtures.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.projections.maintenance.ProjectionProgress;
import org.foodtrace.projections.testing.Fixtures;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.projections.testing.StoredEvents;
import org.foodtrace.testsupport.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
class Gs1IndexTest {

    private static final String WINE_GTIN = "06901234567908";

    @Autowired
    Gs1Queries gs1;

    @Autowired
    EventStore eventStore;

    @Autowired
    ProjectionProgress progress;

    StoredEvents events;
    String lot;

    @BeforeEach
    void setUp() {
        events = new StoredEvents(eventStore);
        lot = "L" + Fixtures.traceCode().substring(0, 10);
    }

    @Test
    void a_gtin_and_lot_resolve_to_the_producers_batch_not_to_its_dispatched_children() {
        String wine = register(hour(0));
        String shipment = id();
        events.batch(shipment, new BatchDerived(shipment, traceCode(), Category.ALCOHOL, "Rice wine", null,
                units(100), Derivation.DISPATCH, List.of(new ParentLink(wine, units(100))), "winery", "shop",
                BatchStatus.IN_TRANSIT, null, "440115", "winery", WINE_GTIN, lot, null, hour(2)));
        Projections.awaitUpToDate(progress);

        assertThat(gs1.findBatch(WINE_GTIN, lot)).contains(wine);
    }

    @Test
    void the_lot_is_matched_exactly() {
        register(hour(0));
        Projections.awaitUpToDate(progress);

        assertThat(gs1.findBatch(WINE_GTIN, lot.toLowerCase())).isEmpty();
        assertThat(gs1.findBatch("06901234567892", lot)).isEmpty();
    }

    @Test
    void when_two_producers_reuse_a_gtin_and_lot_the_earliest_registration_wins_in_any_processing_order() {
        String later = register(hour(5));
        String earlier = register(hour(1));
        Projections.awaitUpToDate(progress);

        assertThat(gs1.findBatch(WINE_GTIN, lot)).contains(earlier).isNotEqualTo(later);
    }

    @Test
    void a_transformation_output_with_a_gtin_is_a_producers_lot() {
        String bottled = id();
        events.batch(bottled, new BatchDerived(bottled, traceCode(), Category.ALCOHOL, "Bottled rice wine", null,
                units(500), Derivation.TRANSFORM, List.of(new ParentLink(id(), units(1))), "bottler", null,
                BatchStatus.REGISTERED, null, null, "bottler", WINE_GTIN, lot, null, hour(3)));
        Projections.awaitUpToDate(progress);

        assertThat(gs1.findBatch(WINE_GTIN, lot)).contains(bottled);
    }

    private String register(Instant at) {
        String batchId = id();
        events.batch(batchId, new BatchRegistered(batchId, traceCode(), Category.ALCOHOL, "Rice wine", null,
                units(100), "440115", LocalDate.of(2026, 11, 1), WINE_GTIN, lot, null, "winery", at));
        return batchId;
    }
}
