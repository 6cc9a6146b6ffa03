package org.foodtrace.core;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.foodtrace.core.batch.AlcoholBatch;
import org.foodtrace.core.batch.Batch;
import org.foodtrace.core.batch.BatchRegistrationCommandHandler;
import org.foodtrace.core.batch.GrainOilBatch;
import org.foodtrace.core.batch.InfantFormulaBatch;
import org.foodtrace.core.batch.LivestockBatch;
import org.foodtrace.core.batch.TransformationCommandHandler;
import org.foodtrace.core.batch.VegetableBatch;
import org.foodtrace.core.operator.Operator;
import org.foodtrace.core.recall.Recall;
import org.foodtrace.core.recall.RecallCommandHandler;

/**
 * Registers the domain with an Axon {@link Configurer}: the polymorphic {@link Batch} aggregate with its
 * five category subtypes, the {@link Operator} and {@link Recall} aggregates, and the external command handlers that
 * create batches through the batch repository or open a recall together with its root batch.
 */
public final class DomainModule {

    private DomainModule() {
    }

    public static Configurer configure(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Batch.class)
                .withSubtypes(LivestockBatch.class, VegetableBatch.class, GrainOilBatch.class,
                        InfantFormulaBatch.class, AlcoholBatch.class));
        configurer.configureAggregate(Operator.class);
        configurer.configureAggregate(Recall.class);
        configurer.registerCommandHandler(c -> new BatchRegistrationCommandHandler(c.repository(Batch.class)));
        configurer.registerCommandHandler(c -> new TransformationCommandHandler(c.repository(Batch.class)));
        configurer.registerCommandHandler(c -> new RecallCommandHandler(c.repository(Recall.class),
                c.repository(Batch.class)));
        return configurer;
    }
}
