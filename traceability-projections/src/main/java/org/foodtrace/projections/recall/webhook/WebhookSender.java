package org.foodtrace.projections.recall.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: claims due notifications (leasing them, so several nodes never send one at the same time),
 * POSTs each signed body to its operator's URL and records the answer. A 2xx answer delivers it; anything else
 * (an error status, a timeout, a refused connection) is tried again after a back-off that doubles from
 * {@code initialBackoff} up to {@code maxBackoff}, until {@code maxAttempts} gives it up. Runs on a thread of its
 * own: a slow or dead receiver never holds up a recall.
 */
@Component
public class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final String USER_AGENT = "foodtrace-webhooks/1";
    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final HttpClient http;
    private ScheduledExecutorService scheduler;

    public WebhookSender(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends what is due now; answers how many notifications were tried. */
    public int sendDue() {
        List<Claimed> due = claim();
        due.forEach(this::send);
        return due.size();
    }

    private List<Claimed> claim() {
        Duration lease = properties.timeout().multipliedBy(2).plus(properties.pollInterval());
        return jdbc.sql("""
                        UPDATE recall.webhook_delivery d
                        SET next_attempt_at = now() + CAST(:lease AS INTERVAL)
                        WHERE d.delivery_id IN (
                            SELECT delivery_id FROM recall.webhook_delivery
                            WHERE next_attempt_at <= now()
                            ORDER BY next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        RETURNING d.delivery_id, d.body, d.attempts,
                            (SELECT w.url FROM recall.webhook w WHERE w.operator_id = d.operator_id) AS url,
                            (SELECT w.secret FROM recall.webhook w WHERE w.operator_id = d.operator_id) AS secret""")
                .param("lease", lease.toMillis() + " milliseconds")
                .param("limit", properties.batchSize())
                .query((rs, row) -> new Claimed(rs.getString("delivery_id"), rs.getString("body"),
                        rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
                .list();
    }

    private void send(Claimed delivery) {
        if (delivery.url() == null) {
            failed(delivery, null, "the operator has no webhook any more", true);
            return;
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("X-Trace-Event", RecallNotice.TYPE)
                    .header("X-Trace-Delivery", delivery.deliveryId())
                    .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered(delivery, response.statusCode());
            } else {
                failed(delivery, response.statusCode(), "HTTP " + response.statusCode(), false);
            }
        } catch (IOException | IllegalArgumentException e) {
            failed(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void delivered(Claimed delivery, int status) {
        jdbc.sql("""
                        UPDATE recall.webhook_delivery
                        SET attempts = attempts + 1, delivered_at = now(), next_attempt_at = NULL,
                            last_status = :status, last_error = NULL
                        WHERE delivery_id = :deliveryId""")
                .param("deliveryId", delivery.deliveryId())
                .param("status", status)
                .update();
    }

    private void failed(Claimed delivery, Integer status, String error, boolean hopeless) {
        int attempts = delivery.attempts() + 1;
        boolean giveUp = hopeless || attempts >= properties.maxAttempts();
        if (giveUp) {
            log.warn("Webhook delivery {} given up after {} attempt(s): {}", delivery.deliveryId(), attempts, error);
        }
        jdbc.sql("""
                        UPDATE recall.webhook_delivery
                        SET attempts = :attempts, last_status = :status, last_error = :error,
                            next_attempt_at = CASE WHEN :giveUp THEN NULL
                                                   ELSE now() + CAST(:backoff AS INTERVAL) END,
                            gave_up_at = CASE WHEN :giveUp THEN now() END
                        WHERE delivery_id = :deliveryId""")
                .param("deliveryId", delivery.deliveryId())
                .param("attempts", attempts)
                .param("status", status)
                .param("error", error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .param("giveUp", giveUp)
                .param("backoff", properties.backoffAfter(attempts).toMillis() + " milliseconds")
                .update();
    }

    private void poll() {
        try {
            while (sendDue() == properties.batchSize()) {
                log.debug("More webhook deliveries are due; sending on");
            }
        } catch (RuntimeException e) {
            log.warn("Sending recall webhooks failed; trying again in {}", properties.pollInterval(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "recall-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private record Claimed(String deliveryId, String body, int attempts, String url, String secret) {
    }
}
