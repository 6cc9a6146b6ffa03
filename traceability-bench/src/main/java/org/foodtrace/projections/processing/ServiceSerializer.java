package org.foodtrace.projections.processing;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

/**
 * The event serializer exactly as the service builds it: Axon's {@link Jackson3Serializer} with the annotation
 * revision resolver and the service's one customizer ({@link SerializerConfiguration}), which is package-private,
 * hence this class in the same package. Axon's Spring Boot auto-configuration builds it the same way.
 */
public final class ServiceSerializer {

    private ServiceSerializer() {
    }

    public static Serializer create() {
        return Jackson3Serializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(ServiceSerializer.class.getClassLoader()))
                .jsonMapperBuilderCustomizer(new SerializerConfiguration().axonJsonMapper())
                .build();
    }
}
