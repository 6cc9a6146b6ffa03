package org.foodtrace.projections.recall.webhook;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchRegistered;
import org.foodtrace.projections.batch.QuantityView;
import org.foodtrace.projections.recall.RecallGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a webhook notification to the outbox when a recall reaches a batch whose holder subscribed. The body is
 * fixed here (the batch's trace code read from its first event), so every retry sends the same bytes; the delivery
 * id is derived from recall and batch, so a redelivered event writes nothing new. Sending is the sender's job:
 * nothing here waits for a receiver.
 */
@Component
@ProcessingGroup(RecallGroups.NOTIFICATIONS)
class RecallNotifications {

    private final JdbcClient jdbc;
    private final WebhookSubscriptions subscriptions;
    private final EventStore eventStore;
    private final JsonMapper json;

    RecallNotifications(JdbcClient jdbc, WebhookSubscriptions subscriptions, EventStore eventStore, JsonMapper json) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.eventStore = eventStore;
        this.json = json;
    }

    @EventHandler
    void on(BatchRecalled e) {
        if (!subscriptions.exists(e.holderOperatorId())) {
            return;
        }
        String deliveryId = UUID.nameUUIDFromBytes((e.recallId() + "/" + e.batchId())
                .getBytes(StandardCharsets.UTF_8)).toString();
        RecallNotice notice = new RecallNotice(RecallNotice.TYPE, deliveryId, e.recallId(), e.reason(), e.level(),
                e.at(), e.holderOperatorId(), e.batchId(), traceCodeOf(e.batchId()), QuantityView.of(e.available()),
                QuantityView.of(e.sold()));
        jdbc.sql("""
                        INSERT INTO recall.webhook_delivery (delivery_id, operator_id, recall_id, batch_id, body,
                            created_at, next_attempt_at)
                        VALUES (:deliveryId, :operatorId, :recallId, :batchId, :body, now(), now())
                        ON CONFLICT DO NOTHING""")
                .param("deliveryId", deliveryId)
                .param("operatorId", e.holderOperatorId())
                .param("recallId", e.recallId())
                .param("batchId", e.batchId())
                .param("body", json.writeValueAsString(notice))
                .update();
    }

    private String traceCodeOf(String batchId) {
        Object first = eventStore.readEvents(batchId, 0).asStream().findFirst().map(event -> event.getPayload())
                .orElse(null);
        if (first instanceof BatchRegistered registered) {
            return registered.traceCode();
        }
        return first instanceof BatchDerived derived ? derived.traceCode() : null;
    }
}
