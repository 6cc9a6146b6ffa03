package org.foodtrace.projections.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.foodtrace.projections.testing.Fixtures.id;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.core.recall.api.OpenRecall;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.projections.recall.progress.RecallQueries;
import org.foodtrace.projections.recall.webhook.WebhookSubscriptions;
import org.foodtrace.projections.testing.Projections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A holder that subscribed is told, by a signed POST, that a batch it holds was recalled; a receiver that fails
 * is tried again with growing waits, and one that never answers is given up, without holding up the recall.
 */
@RecallContext
class WebhookDeliveryTest {

    private static final int FAILURES_BEFORE_ACCEPTING = 2;

    @Autowired
    CommandGateway commands;

    @Autowired
    WebhookSubscriptions subscriptions;

    @Autowired
    RecallQueries recalls;

    @Autowired
    JdbcClient jdbc;

    final List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer receiver;

    @BeforeEach
    void startAReceiverThatFailsTwiceThenAccepts() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/recall", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Instant.now(), body, exchange.getRequestHeaders().getFirst("X-Trace-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Trace-Delivery"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            exchange.sendResponseHeaders(received.size() <= FAILURES_BEFORE_ACCEPTING ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.stop(0);
    }

    @Test
    void aRecallReachingASubscribedHolderIsPostedSignedAndRetriedUntilAccepted() throws Exception {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        OperatorProfile silent = supply.operator(OperatorKind.DISTRIBUTOR, "No webhook", "440100");
        String secret = subscriptions.subscribe(factory.operatorId(),
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/recall", Instant.now());
        String lot = supply.formulaLot(factory, 500, "L-HOOK");
        String pallet = supply.split(lot, factory, 200).get(0);
        supply.ship(pallet, factory, silent);
        String recallId = id();

        commands.sendAndWait(new OpenRecall(recallId, lot, List.of(lot, pallet), "melamine", RecallLevel.I,
                supply.next()));

        await().atMost(Projections.PATIENCE).until(() -> received.size() == FAILURES_BEFORE_ACCEPTING + 1);
        assertThat(received).allSatisfy(request -> {
            assertThat(request.signature()).isEqualTo("sha256=" + hmacSha256Hex(secret, request.body()));
            assertThat(request.contentType()).isEqualTo("application/json");
        });
        assertThat(received.stream().map(request -> new String(request.body(), StandardCharsets.UTF_8)).distinct())
                .as("every attempt sends the same body").hasSize(1);
        assertThat(received.stream().map(Received::deliveryId).distinct()).hasSize(1);
        assertThat(received.get(1).at()).isAfterOrEqualTo(received.get(0).at().plusMillis(100));
        assertThat(received.get(2).at()).isAfterOrEqualTo(received.get(1).at().plusMillis(200));

        JsonNode notice = JsonMapper.builder().build().readTree(received.get(0).body());
        assertThat(notice.get("type").asString()).isEqualTo("BATCH_RECALLED");
        assertThat(notice.get("deliveryId").asString()).isEqualTo(received.get(0).deliveryId());
        assertThat(notice.get("recallId").asString()).isEqualTo(recallId);
        assertThat(notice.get("batchId").asString()).isEqualTo(lot);
        assertThat(notice.get("traceCode").asString()).hasSize(16);
        assertThat(notice.get("holderOperatorId").asString()).isEqualTo(factory.operatorId());
        assertThat(notice.get("level").asString()).isEqualTo("I");
        assertThat(notice.get("available").get("amount").asInt()).isEqualTo(300);
        assertThat(notice.get("available").get("unit").asString()).isEqualTo("unit");

        await().atMost(Projections.PATIENCE).until(() -> delivery(recallId, lot).get("delivered_at") != null);
        assertThat(delivery(recallId, lot)).containsEntry("attempts", 3).containsEntry("last_status", 204)
                .containsEntry("next_attempt_at", null);
        assertThat(jdbc.sql("SELECT count(*) FROM recall.webhook_delivery WHERE recall_id = :recallId")
                .param("recallId", recallId).query(Long.class).single())
                .as("the distributor has no webhook").isOne();
    }

    @Test
    void aReceiverThatNeverAnswersIsGivenUpAfterTheLastAttemptAndTheRecallGoesOn() throws IOException {
        Supply supply = new Supply(commands);
        OperatorProfile factory = supply.operator(OperatorKind.MANUFACTURER, "Factory", "230200");
        subscriptions.subscribe(factory.operatorId(), "http://127.0.0.1:" + closedPort() + "/nobody", Instant.now());
        String lot = supply.formulaLot(factory, 500, "L-DEAD");
        String recallId = id();

        commands.sendAndWait(new OpenRecall(recallId, lot, List.of(lot), "melamine", RecallLevel.I, supply.next()));

        await().atMost(Projections.PATIENCE).until(() -> recalls.find(recallId).isPresent());
        await().atMost(Projections.PATIENCE).until(() -> !delivery(recallId, lot).isEmpty()
                && delivery(recallId, lot).get("gave_up_at") != null);
        assertThat(delivery(recallId, lot)).containsEntry("attempts", 4).containsEntry("delivered_at", null)
                .containsEntry("next_attempt_at", null);
        assertThat((String) delivery(recallId, lot).get("last_error")).contains("ConnectException");
    }

    private Map<String, Object> delivery(String recallId, String batchId) {
        return jdbc.sql("""
                        SELECT attempts, last_status, last_error, delivered_at, gave_up_at, next_attempt_at
                        FROM recall.webhook_delivery WHERE recall_id = :recallId AND batch_id = :batchId""")
                .param("recallId", recallId)
                .param("batchId", batchId)
                .query().listOfRows().stream().findFirst().orElse(Map.of());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String hmacSha256Hex(String secret, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private record Received(Instant at, byte[] body, String signature, String deliveryId, String contentType) {
    }
}
