package org.foodtrace.projections.alert;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.foodtrace.testsupport.FreshDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** One Spring context for the alert tests on a fresh PostgreSQL database; tests share it and use their own ids. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = FreshDatabase.class)
public @interface AlertContext {
}
