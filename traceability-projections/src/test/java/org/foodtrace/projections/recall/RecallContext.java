package org.foodtrace.projections.recall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.foodtrace.testsupport.FreshDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * One Spring context for the recall tests on a fresh PostgreSQL database (the module's test application, with
 * the domain's command handlers) and quick webhook retries. Tests share it, so each uses ids of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "trace.recall.webhooks.poll-interval=50ms",
        "trace.recall.webhooks.initial-backoff=100ms",
        "trace.recall.webhooks.timeout=2s",
        "trace.recall.webhooks.max-attempts=4"})
@ContextConfiguration(initializers = FreshDatabase.class)
public @interface RecallContext {
}
