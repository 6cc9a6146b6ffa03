package org.foodtrace.api.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table idempotency_key. {@link #claim} inserts the key before the command runs, in the command's transaction:
 * a concurrent request with the same key waits on the primary key until the first commits (and then finds its
 * answer) or rolls back (and then claims the key itself).
 */
@Repository
public class IdempotencyKeyStore {

    private final JdbcClient jdbc;

    public IdempotencyKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if this request now owns the key; false if another request already recorded it. */
    public boolean claim(String callerId, String key, byte[] requestHash, Instant at) {
        return jdbc.sql("""
                        INSERT INTO idempotency_key (caller_id, idempotency_key, request_hash, created_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(callerId, key, requestHash, Timestamp.from(at))
                .update() == 1;
    }

    public void complete(String callerId, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_key SET response_status = ?, response_type = ?, response_body = ?
                        WHERE caller_id = ? AND idempotency_key = ?""")
                .params(response.status(), response.contentType(), response.body(), callerId, key)
                .update();
    }

    /** Records a refusal as the key's answer unless another request recorded one first; true if recorded. */
    public boolean claimCompleted(String callerId, String key, byte[] requestHash, StoredResponse response,
                                  Instant at) {
        return jdbc.sql("""
                        INSERT INTO idempotency_key (caller_id, idempotency_key, request_hash, response_status,
                                                     response_type, response_body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(callerId, key, requestHash, response.status(), response.contentType(), response.body(),
                        Timestamp.from(at))
                .update() == 1;
    }

    public Optional<IdempotencyRecord> find(String callerId, String key) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_type, response_body FROM idempotency_key
                        WHERE caller_id = ? AND idempotency_key = ?""")
                .params(callerId, key)
                .query((rs, row) -> new IdempotencyRecord(rs.getBytes(1),
                        new StoredResponse(rs.getInt(2), rs.getString(3), rs.getBytes(4))))
                .optional();
    }
}
