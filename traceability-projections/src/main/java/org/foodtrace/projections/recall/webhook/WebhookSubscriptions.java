package org.foodtrace.projections.recall.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.foodtrace.projections.support.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operators' webhook subscriptions (table recall.webhook). */
@Repository
public class WebhookSubscriptions {

    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    public WebhookSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the operator's URL with a new secret (64 hex characters), replacing any earlier one; answers it. */
    public String subscribe(String operatorId, String url, Instant at) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        jdbc.sql("""
                        INSERT INTO recall.webhook (operator_id, url, secret, updated_at)
                        VALUES (:operatorId, :url, :secret, :at)
                        ON CONFLICT (operator_id) DO UPDATE
                        SET url = EXCLUDED.url, secret = EXCLUDED.secret, updated_at = EXCLUDED.updated_at""")
                .param("operatorId", operatorId)
                .param("url", url)
                .param("secret", secret)
                .param("at", Columns.timestamp(at))
                .update();
        return secret;
    }

    public Optional<WebhookSubscription> find(String operatorId) {
        return jdbc.sql("SELECT operator_id, url, updated_at FROM recall.webhook WHERE operator_id = :operatorId")
                .param("operatorId", operatorId)
                .query((rs, row) -> new WebhookSubscription(rs.getString("operator_id"), rs.getString("url"),
                        Columns.instant(rs, "updated_at")))
                .optional();
    }

    /** Whether the operator had a subscription, which is now gone. */
    public boolean unsubscribe(String operatorId) {
        return jdbc.sql("DELETE FROM recall.webhook WHERE operator_id = :operatorId")
                .param("operatorId", operatorId)
                .update() > 0;
    }

    public boolean exists(String operatorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM recall.webhook WHERE operator_id = :operatorId)")
                .param("operatorId", operatorId)
                .query(Boolean.class)
                .single();
    }
}
