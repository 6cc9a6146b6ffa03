package org.foodtrace.api.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.foodtrace.testsupport.FreshDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.test.context.ContextConfiguration;

/** The whole service on a random port over a fresh PostgreSQL database, with a known regulator token. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trace.regulator-token=" + Api.REGULATOR_TOKEN)
@ContextConfiguration(initializers = FreshDatabase.class)
@TypeExcludeFilters(ExcludeOtherModulesTestApplications.class)
public @interface FullStackTest {
}
