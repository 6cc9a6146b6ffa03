package org.foodtrace.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.foodtrace.reliability.Http.Reply;

/**
 * Concurrent writers: each thread alternates a batch registration (3 kg of vegetables, by the farm) and a 1 kg
 * sale of one big admitted batch (by the market), without pause, and records every answer; acknowledged (2xx)
 * writes are kept by id (batch id with its trace code, sale id).
 */
final class WriteLoad implements AutoCloseable {

    private final Http http;
    private final String farmToken;
    private final String marketToken;
    private final String saleBatch;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    final Map<String, String> ackedBatches = new ConcurrentHashMap<>();
    final List<String> ackedSales = new CopyOnWriteArrayList<>();
    final List<Long> ackedAtNanos = new CopyOnWriteArrayList<>();

    WriteLoad(Http http, String farmToken, String marketToken, String saleBatch, int clients) {
        this.http = http;
        this.farmToken = farmToken;
        this.marketToken = marketToken;
        this.saleBatch = saleBatch;
        this.threads = Executors.newFixedThreadPool(clients);
        for (int t = 0; t < clients; t++) {
            int client = t;
            running.add(threads.submit(() -> run(client)));
        }
    }

    private void run(int client) {
        for (int n = 0; !stop.get(); n++) {
            boolean register = n % 2 == client % 2;
            long start = System.nanoTime();
            Reply reply = register
                    ? http.post("/api/v1/batches", farmToken, Http.vegetables("3"))
                    : http.post("/api/v1/batches/" + saleBatch + "/sales", marketToken,
                    "{\"quantity\": {\"amount\": 1, \"unit\": \"kg\"}}");
            long end = System.nanoTime();
            outcomes.add(new Outcome(register ? "register" : "sale", start, end, reply));
            if (reply.is2xx()) {
                if (register) {
                    ackedBatches.put(reply.text("batchId"), reply.text("traceCode"));
                } else {
                    ackedSales.add(reply.text("saleId"));
                }
                ackedAtNanos.add(end);
            } else if (reply.status() < 0) {
                pause();
            }
        }
    }

    int acknowledged() {
        return ackedAtNanos.size();
    }

    long acknowledgedAfter(long nanos) {
        return ackedAtNanos.stream().filter(at -> at - nanos > 0).count();
    }

    @Override
    public void close() throws Exception {
        stop.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new AssertionError("load clients did not stop");
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
