package org.foodtrace.api.config;

import org.axonframework.config.ConfigurerModule;
import org.foodtrace.core.DomainModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the domain's aggregates and command handlers with Axon. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    ConfigurerModule domainModule() {
        return DomainModule::configure;
    }
}
