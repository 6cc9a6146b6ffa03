package org.foodtrace.projections.processing;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Loads the storage layer's defaults (Jackson 3 serializer, no update check, Flyway) below application.properties. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:traceability-defaults.properties")
public class StorageDefaultsConfiguration {
}
