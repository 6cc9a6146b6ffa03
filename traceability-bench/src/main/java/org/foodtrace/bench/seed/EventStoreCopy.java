package org.foodtrace.bench.seed;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams events into {@code domainevententry} with PostgreSQL's binary COPY, each row exactly as Axon's
 * {@code JdbcEventStorageEngine} writes it: payload and metadata serialized by the service's serializer to
 * {@code bytea}, the payload's class name and {@code @Revision}, the aggregate's type name, a random event
 * identifier and the timestamp as {@code DateTimeUtils.formatInstant} text (ISO-8601 UTC, milliseconds). The
 * metadata is what Axon's {@code MessageOriginProvider} adds to an event applied while handling a command:
 * {@code correlationId} and {@code traceId}, both the command message's id, plus a batch event's hash chain link.
 */
final class EventStoreCopy {

    static final String COPY = "COPY domainevententry (globalindex, eventidentifier, aggregateidentifier, "
            + "sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata) "
            + "FROM STDIN WITH (FORMAT binary, FREEZE)";
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    private static final int FLUSH_AT = 1 << 20;

    private final Serializer serializer;
    private final RandomIds ids;
    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + (64 << 10));
    private final DataOutputStream out = new DataOutputStream(buffer);
    private long bytes;
    private long payloadBytes;
    private long rows;

    EventStoreCopy(CopyManager copyManager, Serializer serializer, RandomIds ids) throws SQLException, IOException {
        this.serializer = serializer;
        this.ids = ids;
        this.copy = copyManager.copyIn(COPY);
        out.write(HEADER);
    }

    void write(long globalIndex, SeedEvent event) throws IOException, SQLException {
        SerializedObject<byte[]> payload = serializer.serialize(event.payload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(
                MetaData.with("correlationId", event.commandId()).and("traceId", event.commandId())
                        .mergedWith(event.chainLink()), byte[].class);
        out.writeShort(10);
        bigint(globalIndex);
        text(ids.uuid());
        text(event.aggregateId());
        bigint(event.sequence());
        text(event.aggregateType());
        text(DateTimeUtils.formatInstant(event.timestamp()));
        text(payload.getType().getName());
        text(payload.getType().getRevision());
        bytes(payload.getData());
        bytes(metaData.getData());
        payloadBytes += payload.getData().length + metaData.getData().length;
        rows++;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the COPY; returns the rows written. */
    long finish() throws IOException, SQLException {
        out.writeShort(-1);
        flush();
        return copy.endCopy();
    }

    long bytesSent() {
        return bytes;
    }

    /** Average serialized payload + metadata size per event, for a baseline row of the same size. */
    long averageEventBytes() {
        return rows == 0 ? 0 : payloadBytes / rows;
    }

    private void flush() throws SQLException {
        byte[] chunk = buffer.toByteArray();
        copy.writeToCopy(chunk, 0, chunk.length);
        bytes += chunk.length;
        buffer.reset();
    }

    private void bigint(long value) throws IOException {
        out.writeInt(8);
        out.writeLong(value);
    }

    private void text(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }
}
