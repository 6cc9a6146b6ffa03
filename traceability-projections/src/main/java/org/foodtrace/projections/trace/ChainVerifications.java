package org.foodtrace.projections.trace;

import java.time.Instant;

import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest regulator verification of each batch; a failed one turns the batch's trace view to BROKEN until a
 * later verification passes.
 */
@Repository
public class ChainVerifications {

    private final JdbcClient jdbc;

    public ChainVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String batchId, boolean verified, ChainHash headHash, Long firstMismatch, Instant checkedAt) {
        jdbc.sql("""
                        INSERT INTO chain.verification (batch_id, verified, head_hash, first_mismatch, checked_at)
                        VALUES (:batchId, :verified, :head, :firstMismatch, :checkedAt)
                        ON CONFLICT (batch_id) DO UPDATE SET verified = EXCLUDED.verified,
                            head_hash = EXCLUDED.head_hash, first_mismatch = EXCLUDED.first_mismatch,
                            checked_at = EXCLUDED.checked_at""")
                .param("batchId", batchId)
                .param("verified", verified)
                .param("head", headHash == null ? null : headHash.hex())
                .param("firstMismatch", firstMismatch)
                .param("checkedAt", Columns.timestamp(checkedAt))
                .update();
    }
}
