package org.foodtrace.core;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

/** The domain as {@link DomainModule} configures it, on an in-memory event store; no database. */
public final class InMemoryDomain implements AutoCloseable {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final Configuration configuration;

    public InMemoryDomain() {
        configuration = DomainModule.configure(DefaultConfigurer.defaultConfiguration()
                        .configureSerializer(c -> Jackson3Serializer.builder().build())
                        .configureEmbeddedEventStore(c -> storage))
                .buildConfiguration();
        configuration.start();
    }

    public <R> R send(Object command) {
        return configuration.commandGateway().sendAndWait(command);
    }

    /** Loads the aggregate in a unit of work of its own and answers what {@code query} reads from it. */
    public <A, R> R read(Class<A> aggregateType, String id, Function<A, R> query) {
        Callable<R> task = () -> configuration.repository(aggregateType).load(id).invoke(query);
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(task).getPayload();
    }

    public List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        return configuration.eventStore().readEvents(aggregateId).asStream().<DomainEventMessage<?>>map(e -> e).toList();
    }

    public List<Object> allEventPayloads() {
        return storage.readEvents(null, false).map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
