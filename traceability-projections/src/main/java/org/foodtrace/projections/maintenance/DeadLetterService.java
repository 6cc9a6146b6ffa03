package org.foodtrace.projections.maintenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The dead letters of a read model: events its handlers threw on, parked per aggregate (later events of that
 * aggregate queue behind them) while the processor goes on with the others. Listed straight from
 * {@code deadletterentry}; retried through Axon's {@link SequencedDeadLetterProcessor}, which applies each
 * sequence in order and evicts what succeeds.
 */
@Service
public class DeadLetterService {

    private static final String LETTERS = """
            SELECT processinggroup, sequenceidentifier, sequenceindex, eventidentifier, payloadtype,
                   aggregateidentifier, sequencenumber, enqueuedat, lasttouched, causetype, causemessage
            FROM deadletterentry WHERE processinggroup = :group
            ORDER BY sequenceidentifier, sequenceindex""";

    private static final String SEQUENCE_HEADS = """
            SELECT d.sequenceidentifier, d.eventidentifier FROM deadletterentry d
            WHERE d.processinggroup = :group
              AND d.sequenceindex = (SELECT min(m.sequenceindex) FROM deadletterentry m
                                     WHERE m.processinggroup = d.processinggroup
                                       AND m.sequenceidentifier = d.sequenceidentifier)
            ORDER BY d.sequenceidentifier""";

    private static final String SEQUENCE_SIZE = """
            SELECT count(*) FROM deadletterentry WHERE processinggroup = :group AND sequenceidentifier = :sequence""";

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    public DeadLetterService(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public List<DeadLetterView> list(String group) {
        return jdbc.sql(LETTERS).param("group", group).query(DeadLetterService::view).list();
    }

    /**
     * Retries every dead-lettered sequence of the group once, in order. A sequence whose handler still fails stays
     * (from the failing letter on); the rest are applied and evicted.
     *
     * @return how many letters were applied and left the queue
     */
    public int retry(String group) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException("no dead-letter queue for group " + group));
        List<SequenceHead> heads = jdbc.sql(SEQUENCE_HEADS).param("group", group)
                .query((rs, rowNum) -> new SequenceHead(rs.getString(1), rs.getString(2))).list();
        long handled = 0;
        for (SequenceHead head : heads) {
            long before = size(group, head.sequenceIdentifier());
            letters.process(letter -> letter.message().getIdentifier().equals(head.eventIdentifier()));
            handled += Math.max(0, before - size(group, head.sequenceIdentifier()));
        }
        return Math.toIntExact(handled);
    }

    private long size(String group, String sequenceIdentifier) {
        return jdbc.sql(SEQUENCE_SIZE).param("group", group).param("sequence", sequenceIdentifier)
                .query(Long.class).single();
    }

    private static DeadLetterView view(ResultSet rs, int rowNum) throws SQLException {
        long sequenceNumber = rs.getLong("sequencenumber");
        return new DeadLetterView(rs.getString("processinggroup"), rs.getString("sequenceidentifier"),
                rs.getLong("sequenceindex"), rs.getString("eventidentifier"), rs.getString("payloadtype"),
                rs.getString("aggregateidentifier"), rs.wasNull() ? null : sequenceNumber,
                instant(rs.getString("enqueuedat")), instant(rs.getString("lasttouched")),
                rs.getString("causetype"), rs.getString("causemessage"));
    }

    private static Instant instant(String isoText) {
        return isoText == null ? null : Instant.parse(isoText);
    }

    private record SequenceHead(String sequenceIdentifier, String eventIdentifier) {
    }
}
