package org.foodtrace.projections.alert;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The alerts processor runs on one segment: its rules compare events of different batches and operators (sales
 * against admissions, certificate presentations, failures of one producer), so it takes them in store order, the
 * same order on every replay. It starts from the first event, like every read model.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
public class AlertProcessingConfiguration {

    /** The processing group of the alerts read model. */
    public static final String GROUP = "alerts";

    @Bean
    ConfigurerModule alertProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(GROUP,
                        (config, builder) -> builder.initialSegmentCount(1)));
    }
}
