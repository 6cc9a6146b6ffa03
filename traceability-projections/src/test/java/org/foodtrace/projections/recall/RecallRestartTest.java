package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.RecallBatch;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.ProjectionsTestApplication;
import org.foodtrace.projections.testing.Projections;
import org.foodtrace.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recall process is durable: stopped in the middle of a recall and started again in a new application on
 * the same database, it picks up where it was and still follows a descendant the recall did not know of.
 */
class RecallRestartTest {

    @Test
    void aRecallInterruptedByARestartCompletesInTheNextApplication() throws Exception {
        String database = TestPostgres.freshDatabaseUrl();
        String recallId = id();
        String lot;
        String pallet;
        String late;
        try (ConfigurableApplicationContext first = start(database)) {
            Supply supply = new Supply(first.getBean(CommandGateway.class));
            OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
            lot = supply.formulaLot(factory, 500, "L-RESTART");
            List<String> pallets = supply.split(lot, factory, 200, 200);
            pallet = pallets.get(0);
            late = supply.split(pallet, factory, 50).get(0);
            CountDownLatch asked = new CountDownLatch(1);
            CountDownLatch answer = new CountDownLatch(1);
            Registration hold = holdRecallOf(first, pallet, asked, answer);

            first.getBean(CommandGateway.class).sendAndWait(new OpenRecall(recallId, lot, pallets, "melamine",
                    RecallLevel.I, supply.next()));
            assertThat(asked.await(30, TimeUnit.SECONDS)).as("the process asked the pallet").isTrue();
            var stopped = process(first).shutdownAsync();
            answer.countDown();
            stopped.get(30, TimeUnit.SECONDS);
            hold.cancel();

            assertThat(recalledBy(first, pallet, recallId)).isTrue();
            assertThat(recalledBy(first, late, recallId)).as("found only from the pallet's BatchRecalled").isFalse();
        }

        try (ConfigurableApplicationContext second = start(database)) {
            await().atMost(Projections.PATIENCE).until(() -> recalledBy(second, late, recallId));
            await().atMost(Projections.PATIENCE).until(() -> second.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM associationvalueentry WHERE associationvalue IN (:ids)")
                    .param("ids", List.of(recallId, lot, pallet, late)).query(Long.class).single() == 0);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(ProjectionsTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database, "spring.main.banner-mode=off")
                .run();
    }

    /** Makes the recall of one batch wait: the process is then busy with the recall's first step. */
    private static Registration holdRecallOf(ConfigurableApplicationContext context, String batchId,
                                             CountDownLatch asked, CountDownLatch answer) {
        return context.getBean(CommandBus.class).registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof RecallBatch recall
                    && recall.batchId().equals(batchId)) {
                asked.countDown();
                answer.await(30, TimeUnit.SECONDS);
            }
            return chain.proceed();
        });
    }

    private static StreamingEventProcessor process(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(RecallGroups.PROCESS, StreamingEventProcessor.class).orElseThrow();
    }

    private static boolean recalledBy(ConfigurableApplicationContext context, String batchId, String recallId) {
        return context.getBean(EventStore.class).readEvents(batchId, 0).asStream()
                .map(event -> event.getPayload())
                .anyMatch(payload -> payload instanceof BatchRecalled recalled
                        && recalled.recallId().equals(recallId));
    }
}
