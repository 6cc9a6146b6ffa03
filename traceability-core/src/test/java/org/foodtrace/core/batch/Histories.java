package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.TestData.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;

/**
 * Event histories of one batch ({@link TestData#BATCH}) at the usual stages of its life, stored under the
 * aggregate type name of its category's subtype, as the event store holds them.
 */
final class Histories {

    private Histories() {
    }

    static FixtureConfiguration<Batch> fixture() {
        FixtureConfiguration<Batch> fixture = new AggregateTestFixture<>(Batch.class)
                .withSubtypes(LivestockBatch.class, VegetableBatch.class, GrainOilBatch.class,
                        InfantFormulaBatch.class, AlcoholBatch.class);
        fixture.registerAnnotatedCommandHandler(new BatchRegistrationCommandHandler(fixture.getRepository()));
        fixture.registerAnnotatedCommandHandler(new TransformationCommandHandler(fixture.getRepository()));
        return fixture;
    }

    static BatchRegistered pigsRegistered() {
        return registered(Category.LIVESTOCK, "Live pigs", Species.PIG, head(20), null, "P-2026-1120", null);
    }

    static BatchRegistered poultryRegistered() {
        return registered(Category.LIVESTOCK, "Live chickens", Species.POULTRY, head(200), null, null, null);
    }

    static BatchRegistered vegetablesRegistered() {
        return registered(Category.VEGETABLE, "Choy sum", null, kg(1000), null, null, null);
    }

    static BatchRegistered paddyRegistered() {
        return registered(Category.GRAIN_OIL, "Paddy rice", null, kg(1000), null, null, null);
    }

    static BatchRegistered formulaRegistered() {
        return registered(Category.INFANT_FORMULA, "Stage 1 infant formula 800 g", null, units(500),
                "06901234567892", "L2026-11", LocalDate.parse("2027-11-19"));
    }

    static BatchRegistered alcoholRegistered() {
        return registered(Category.ALCOHOL, "Rice wine 500 ml", null, units(1200), "00000096385074", "B-7", null);
    }

    /** A typical registration of the category. */
    static BatchRegistered registeredSample(Category category) {
        return switch (category) {
            case LIVESTOCK -> pigsRegistered();
            case VEGETABLE -> vegetablesRegistered();
            case GRAIN_OIL -> paddyRegistered();
            case INFANT_FORMULA -> formulaRegistered();
            case ALCOHOL -> alcoholRegistered();
        };
    }

    static BatchRegistered registered(Category category, String product, Species species, Quantity quantity,
                                      String gtin, String lot, LocalDate expiresOn) {
        return new BatchRegistered(BATCH, traceCode(1), category, product, species, quantity, REGION, PRODUCED_ON,
                gtin, lot, expiresOn, FARM.operatorId(), REGISTRATION_TIME);
    }

    /** The registration as if the given operator had produced it. */
    static BatchRegistered registeredBy(OperatorProfile producer, BatchRegistered registration) {
        return new BatchRegistered(registration.batchId(), registration.traceCode(), registration.category(),
                registration.product(), registration.species(), registration.quantity(), registration.originRegion(),
                registration.producedOn(), registration.gtin(), registration.lot(), registration.expiresOn(),
                producer.operatorId(), registration.at());
    }

    static BatchOriginExited exited(BatchRegistered registration, OperatorProfile destination) {
        return new BatchOriginExited(BATCH, certificate(certificateFor(registration.category())),
                destination.operatorId(), registration.quantity(), FARM.operatorId(), EXIT_TIME);
    }

    static BatchAdmitted admitted(OperatorProfile destination) {
        return new BatchAdmitted(BATCH, destination.operatorId(), CERTIFICATE_NUMBER, ENTRY_TIME);
    }

    /** Registered, left the farm for the destination, in transit. */
    static List<DomainEventMessage<?>> inTransit(BatchRegistered registration, OperatorProfile destination) {
        return history(registration, exited(registration, destination));
    }

    /** Registered, left the farm, admitted by the destination, which now holds it. */
    static List<DomainEventMessage<?>> admittedAt(BatchRegistered registration, OperatorProfile destination,
                                                  Object... later) {
        List<Object> events = new ArrayList<>(List.of(registration, exited(registration, destination),
                admitted(destination)));
        events.addAll(Arrays.asList(later));
        return history(events.toArray());
    }

    /** The events as the event store holds them for the batch, the first being its registration or birth. */
    static List<DomainEventMessage<?>> history(Object... events) {
        Category category = events[0] instanceof BatchRegistered registered
                ? registered.category() : ((BatchDerived) events[0]).category();
        String type = BatchFactory.blank(category).getClass().getSimpleName();
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(type, BATCH, i, events[i]));
        }
        return messages;
    }

}
