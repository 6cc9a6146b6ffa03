package org.foodtrace.projections.processing;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Orders Spring Boot 4's DataSource auto-configuration before Axon's JDBC auto-configuration. Axon 4.13 names
 * Boot 3's DataSource configuration, so without this Axon may evaluate its {@code @ConditionalOnBean(DataSource)}
 * before the DataSource exists and silently skip its JDBC event store, token store and dead-letter queue.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
public class StorageOrderingAutoConfiguration {
}
