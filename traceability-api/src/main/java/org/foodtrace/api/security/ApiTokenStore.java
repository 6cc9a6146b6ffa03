package org.foodtrace.api.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operators' token hashes (table api_token); joins the caller's transaction, so a token exists with its operator. */
@Repository
public class ApiTokenStore {

    private final JdbcClient jdbc;

    public ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(String operatorId, byte[] tokenHash, Instant at) {
        jdbc.sql("INSERT INTO api_token (token_hash, operator_id, created_at) VALUES (?, ?, ?)")
                .params(tokenHash, operatorId, java.sql.Timestamp.from(at))
                .update();
    }

    public Optional<String> ownerOf(byte[] tokenHash) {
        return jdbc.sql("SELECT operator_id FROM api_token WHERE token_hash = ?")
                .param(tokenHash)
                .query(String.class)
                .optional();
    }
}
