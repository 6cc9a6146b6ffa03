package org.foodtrace.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a brand-new PostgreSQL database:
 * {@code @ContextConfiguration(initializers = FreshDatabase.class)}. Cached test contexts stay alive side by side
 * (see spring.properties), so each keeps at most a couple of idle connections: a PostgreSQL server's default of
 * 100 connections must serve them all.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + TestPostgres.freshDatabaseUrl(),
                        "spring.datasource.hikari.minimum-idle=1",
                        "spring.datasource.hikari.idle-timeout=10000")
                .applyTo(context.getEnvironment());
    }
}
