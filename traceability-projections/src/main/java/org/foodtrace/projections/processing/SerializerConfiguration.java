package org.foodtrace.projections.processing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The one customisation of Axon's Jackson 3 serializer (Axon applies only the first
 * {@link Jackson3SerializerCustomizer} bean it finds, so there must be exactly one):
 * <ul>
 * <li>events are stored as their record components only: convenience is-getters of value objects
 * ({@code Quantity.isZero()}, {@code isPositive()}) are not written into the event store;</li>
 * <li>a replay token ({@code ReplayToken}, written when a read model is reset) names the classes of the tokens it
 * wraps, and its reset context is typed {@code Object}; Jackson 3 refuses such polymorphic types unless a type
 * validator allows them, so the tokens of a rebuilt read model could not be read back. Tracking tokens are
 * allowed, nothing else (no reset context is used).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    @Bean
    Jackson3SerializerCustomizer axonJsonMapper() {
        return builder -> builder
                .changeDefaultVisibility(visibility ->
                        visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType(TrackingToken.class)
                        .build());
    }
}
