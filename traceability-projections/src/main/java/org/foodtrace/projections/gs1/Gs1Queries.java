package org.foodtrace.projections.gs1;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Resolves GS1 keys to batches. */
@Service
public class Gs1Queries {

    private final JdbcClient jdbc;

    public Gs1Queries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The producer's batch registered with this GTIN (14 digits) and lot (exact, case-sensitive). */
    public Optional<String> findBatch(String gtin14, String lot) {
        return jdbc.sql("""
                        SELECT batch_id FROM gs1_lot WHERE gtin = :gtin AND lot = :lot
                        ORDER BY registered_at, batch_id LIMIT 1""")
                .param("gtin", gtin14)
                .param("lot", lot)
                .query(String.class)
                .optional();
    }
}
