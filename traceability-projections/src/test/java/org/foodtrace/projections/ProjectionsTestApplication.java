package org.foodtrace.projections;

import org.axonframework.config.ConfigurerModule;
import org.foodtrace.core.DomainModule;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the storage layer, the domain's aggregates and the read models without the web layer. */
@SpringBootApplication
public class ProjectionsTestApplication {

    @Bean
    ConfigurerModule domainModule() {
        return DomainModule::configure;
    }
}
