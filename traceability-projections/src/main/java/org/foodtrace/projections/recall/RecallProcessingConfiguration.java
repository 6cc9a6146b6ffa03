package org.foodtrace.projections.recall;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.foodtrace.projections.processing.InTransactionGroup;
import org.foodtrace.projections.processing.ProcessGroup;
import org.foodtrace.projections.recall.block.RecallBlockGuard;
import org.foodtrace.projections.recall.block.RecallBlockTable;
import org.foodtrace.projections.recall.process.RecallProcessProperties;
import org.foodtrace.projections.recall.webhook.WebhookProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Processors of the recall feature. The recall process runs on one segment (a saga is handled where its id
 * falls; more segments would only repeat every association look-up) and, like notifications, starts at the head
 * of the store the first time it runs: what happened before it existed is not acted on again. The recall-progress
 * read model keeps the defaults and is rebuilt from the whole store. The recall blocks run subscribed, and their
 * guard wraps every command handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RecallProcessProperties.class, WebhookProperties.class})
public class RecallProcessingConfiguration {

    @Bean
    ConfigurerModule recallProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(RecallGroups.PROCESS, (config, builder) -> builder
                        .initialSegmentCount(1)
                        .initialToken(StreamableMessageSource::createHeadToken))
                .registerPooledStreamingEventProcessorConfiguration(RecallGroups.NOTIFICATIONS,
                        (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken)));
    }

    @Bean
    ProcessGroup recallProcessGroup() {
        return new ProcessGroup(RecallGroups.PROCESS);
    }

    @Bean
    ProcessGroup recallNotificationsGroup() {
        return new ProcessGroup(RecallGroups.NOTIFICATIONS);
    }

    @Bean
    InTransactionGroup recallBlocksGroup() {
        return new InTransactionGroup(RecallGroups.BLOCKS);
    }

    /** The recall-block guard, registered with the command bus around every command handler. */
    @Bean
    RecallBlockGuard recallBlockGuard(CommandBus commandBus, RecallBlockTable blocks) {
        RecallBlockGuard guard = new RecallBlockGuard(blocks);
        commandBus.registerHandlerInterceptor(guard);
        return guard;
    }
}
