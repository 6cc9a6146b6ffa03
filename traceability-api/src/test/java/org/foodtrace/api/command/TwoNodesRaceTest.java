package org.foodtrace.api.command;

import org.foodtrace.TraceabilityApplication;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.ExcludeOtherModulesTestApplications;
import org.foodtrace.api.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two service nodes on one database, without the per-batch advisory locks: sales of one batch sent to both
 * race on the event sequence in PostgreSQL (one node's aggregate lock does not hold the other back). Whoever
 * loses is run again against the new state, so exactly five of ten 1 kg sales of 5 kg succeed, none answers 5xx.
 */
@FullStackTest
@TestPropertySource(properties = {"trace.writes.lock-aggregates=false", "trace.writes.max-attempts=20",
        "trace.writes.read-your-writes-wait=0s"})
class TwoNodesRaceTest {

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void two_nodes_selling_one_batch_never_oversell() throws Exception {
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(TraceabilityApplication.class)
                .properties("spring.datasource.url=" + databaseUrl, "server.port=0",
                        "trace.regulator-token=" + Api.REGULATOR_TOKEN, "trace.writes.lock-aggregates=false",
                        "trace.writes.max-attempts=20", "trace.writes.read-your-writes-wait=0s")
                .initializers(context -> context.getBeanFactory().registerSingleton("excludeOtherTestApplications",
                        new ExcludeOtherModulesTestApplications()))
                .run()) {
            int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();

            ConcurrentSales.tenOneKilogramSalesOnFiveKilograms(new Api(port), new Api(secondPort));
        }
    }
}
