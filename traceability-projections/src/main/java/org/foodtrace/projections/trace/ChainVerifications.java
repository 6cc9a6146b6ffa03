package org.foodtrace.projections.trace;

import java.time.Instant;

import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest regulator verification of each batch; one that found a mismatch turns the trace view of the batch
 * and its descendants to BROKEN until a later verification finds none.
 */
@Repository
public class ChainVerifications {

    private final JdbcClient jdbc;

    public ChainVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String batchId, boolean verified, boolean broken, ChainHash headHash, Long firstMismatch,
                       Instant checkedAt) {
        jdbc.sql("""
                        INSERT INTO chain.verification (batch_id, verified, broken, head_hash, first_mismatch,
                            checked_at)
                        VALUES (:batchId, :verified, :broken, :head, :firstMismatch, :checkedAt)
                        ON CONFLICT (batch_id) DO UPDATE SET verified = EXCLUDED.verified, broken = EXCLUDED.broken,
                            head_hash = EXCLUDED.head_hash, first_mismatch = EXCLUDED.first_mismatch,
                            checked_at = EXCLUDED.checked_at""")
                .param("batchId", batchId)
                .param("verified", verified)
                .param("broken", broken)
                .param("head", headHash == null ? null : headHash.hex())
                .param("firstMismatch", firstMismatch)
                .param("checkedAt", Columns.timestamp(checkedAt))
                .update();
    }
}
