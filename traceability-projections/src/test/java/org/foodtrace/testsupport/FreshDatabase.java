package org.foodtrace.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a brand-new PostgreSQL database:
 * {@code @ContextConfiguration(initializers = FreshDatabase.class)}.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + TestPostgres.freshDatabaseUrl())
                .applyTo(context.getEnvironment());
    }
}
