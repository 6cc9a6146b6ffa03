package org.foodtrace.projections.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.junit.jupiter.api.Test;

class SerializerConfigurationTest {

    private final Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(new SerializerConfiguration().axonJsonMapper())
            .build();

    @Test
    void a_replay_token_written_by_a_reset_reads_back() {
        TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(42, Set.of(40L)));

        SerializedObject<byte[]> stored = serializer.serialize(replay, byte[].class);

        assertThat((TrackingToken) serializer.deserialize(stored)).isEqualTo(replay);
    }

    @Test
    void value_objects_are_stored_as_their_record_components_only() {
        SerializedObject<byte[]> stored = serializer.serialize(Quantity.of(5, QuantityUnit.KG), byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                .isEqualTo("{\"amount\":5,\"unit\":\"KG\"}");
        assertThat((Quantity) serializer.deserialize(stored)).isEqualTo(Quantity.of(5, QuantityUnit.KG));
    }
}
