package org.foodtrace.projections.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.operator.OperatorStatus;
import org.foodtrace.core.operator.api.OperatorRegistered;
import org.foodtrace.core.operator.api.OperatorReinstated;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.projections.maintenance.ProjectionProgress;
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
class OperatorRegistryTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    ProjectionProgress progress;

    @Autowired
    OperatorRegistryQueries operators;

    StoredEvents events;
    String region;

    @BeforeEach
    void setUp() {
        events = new StoredEvents(eventStore);
        region = String.valueOf(100000 + (int) (Math.random() * 899999));
    }

    @Test
    void a_registered_operator_is_active_with_its_registry_file() {
        String farm = register("Pinggang Pig Farm", OperatorKind.FARM, false);

        Projections.awaitUpToDate(progress);

        assertThat(operators.find(farm)).contains(new OperatorRecord(farm, "Pinggang Pig Farm", OperatorKind.FARM,
                "LIC-" + farm, region, false, OperatorStatus.ACTIVE));
    }

    @Test
    void a_suspended_operator_shows_suspended_until_reinstated() {
        String market = register("Dongshan Wet Market", OperatorKind.RETAIL_MARKET, false);
        events.operator(market, new OperatorSuspended(market, "expired produce on sale", hour(1)));
        Projections.awaitUpToDate(progress);
        OperatorStatus whileSuspended = operators.find(market).orElseThrow().status();

        events.operator(market, new OperatorReinstated(market, hour(2)));
        Projections.awaitUpToDate(progress);

        assertThat(whileSuspended).isEqualTo(OperatorStatus.SUSPENDED);
        assertThat(operators.find(market).orElseThrow().status()).isEqualTo(OperatorStatus.ACTIVE);
    }

    @Test
    void operators_are_listed_by_kind_region_and_status_by_name() {
        String slaughterhouse = register("Yangjiang Slaughterhouse", OperatorKind.SLAUGHTERHOUSE, true);
        String marketB = register("Shipai Wet Market", OperatorKind.RETAIL_MARKET, false);
        String marketA = register("Dongshan Wet Market", OperatorKind.RETAIL_MARKET, false);
        events.operator(marketB, new OperatorSuspended(marketB, "no licence shown", hour(1)));
        Projections.awaitUpToDate(progress);

        assertThat(ids(operators.list(null, region, null))).containsExactly(marketA, marketB, slaughterhouse);
        assertThat(ids(operators.list(OperatorKind.RETAIL_MARKET, region, null))).containsExactly(marketA, marketB);
        assertThat(ids(operators.list(null, region, OperatorStatus.SUSPENDED))).containsExactly(marketB);
        assertThat(operators.list(OperatorKind.SLAUGHTERHOUSE, region, OperatorStatus.ACTIVE))
                .singleElement().satisfies(record -> assertThat(record.designatedSlaughterhouse()).isTrue());
    }

    @Test
    void find_all_returns_the_known_operators_by_id() {
        String farm = register("Conghua Cattle Farm", OperatorKind.FARM, false);
        Projections.awaitUpToDate(progress);

        assertThat(operators.findAll(List.of(farm, id()))).containsOnlyKeys(farm);
        assertThat(operators.findAll(List.of())).isEmpty();
    }

    private String register(String name, OperatorKind kind, boolean designated) {
        String operatorId = id();
        events.operator(operatorId, new OperatorRegistered(operatorId, name, kind, "LIC-" + operatorId, region,
                designated, hour(0)));
        return operatorId;
    }

    private static List<String> ids(List<OperatorRecord> records) {
        return records.stream().map(OperatorRecord::operatorId).toList();
    }
}
