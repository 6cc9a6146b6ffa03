package org.foodtrace.projections.processing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every read model is fed by a pooled streaming processor with its token in PostgreSQL. A handler that throws
 * does not skip the event: the error propagates and the event is parked in the database dead-letter queue of
 * its processing group, while other sequences (other aggregates) go on. Groups listed in
 * {@code trace.processing.in-transaction-groups} or declared as an {@link InTransactionGroup} bean run subscribed, inside the command's transaction, and have no
 * dead-letter queue: their failure fails the command. A reset of a group (replay) also clears its dead letters,
 * since every event is delivered again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
public class EventProcessingConfiguration {

    @Bean
    ConfigurerModule eventProcessingDefaults(ProcessingProperties properties, List<InTransactionGroup> features) {
        return configurer -> {
            configurer.registerComponent(LocalCommitSignal.class, config -> new LocalCommitSignal(
                    config.eventStore(), properties.pollInterval(), properties.handOver()));
            configureProcessors(configurer, properties, features);
        };
    }

    private static void configureProcessors(org.axonframework.config.Configurer configurer,
                                            ProcessingProperties properties, List<InTransactionGroup> features) {
        configurer.eventProcessing(processing -> {
            processing.usingPooledStreamingEventProcessors((config, builder) -> builder
                            .messageSource(config.getComponent(LocalCommitSignal.class))
                            .batchSize(properties.batchSize())
                            .initialSegmentCount(properties.segments()))
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
            inTransaction(properties, features).forEach(processing::registerSubscribingEventProcessor);
        });
    }

    /** Replaces Axon's opt-in (per property) dead-letter queue module: every streaming group gets one. */
    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueues(EventProcessorProperties eventProcessorProperties,
                                                             ProcessingProperties properties,
                                                             List<InTransactionGroup> features,
                                                             ConnectionProvider connectionProvider,
                                                             TransactionManager transactionManager,
                                                             DeadLetterSchema deadLetterSchema,
                                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                                             Serializer serializer) {
        Set<String> inTransaction = inTransaction(properties, features);
        return new DeadLetterQueueProviderConfigurerModule(eventProcessorProperties, group -> null) {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing();
                processing.registerDeadLetterQueueProvider(group -> {
                    if (inTransaction.contains(group)) {
                        return null;
                    }
                    // A reset replays every event, so the group's dead letters are cleared with its tables.
                    // The sequence identifier cache spares a query of the queue per event: a segment claimed
                    // while its group has no dead letters asks the queue only about sequences it parked itself.
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                            group, (config, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
                    return config -> JdbcSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .connectionProvider(connectionProvider)
                            .transactionManager(transactionManager)
                            .schema(deadLetterSchema)
                            .genericSerializer(serializer)
                            .eventSerializer(eventSerializer)
                            .build();
                });
            }
        };
    }

    private static Set<String> inTransaction(ProcessingProperties properties, List<InTransactionGroup> features) {
        Set<String> groups = new TreeSet<>(properties.inTransactionGroups());
        features.forEach(feature -> groups.add(feature.name()));
        return groups;
    }
}
