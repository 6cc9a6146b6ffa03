package org.foodtrace.projections.maintenance;

import java.util.List;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tracking tokens of a processor as committed in {@code tokenentry}, whichever node owns them. Reading
 * them does not claim them (the token store's own fetch would).
 */
@Component
class StoredTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    /** @param serializer the general serializer, which the JDBC token store writes tokens with */
    StoredTokens(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One token per segment; null for a segment that has not processed anything yet. */
    List<TrackingToken> of(String processorName) {
        return jdbc.sql("SELECT token, tokentype FROM tokenentry WHERE processorname = :name ORDER BY segment")
                .param("name", processorName)
                .query((rs, rowNum) -> token(rs.getBytes("token"), rs.getString("tokentype")))
                .list();
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }
}
