package org.foodtrace.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.foodtrace.reliability.Http.Reply;

/** Each named request sent again and again from its own thread, with a short pause, until closed. */
final class ProbeLoops implements AutoCloseable {

    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService threads;
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

    ProbeLoops(Map<String, Supplier<Reply>> probes) {
        threads = Executors.newFixedThreadPool(probes.size());
        probes.forEach((kind, probe) -> threads.submit(() -> {
            while (!stop.get()) {
                long start = System.nanoTime();
                Reply reply = probe.get();
                outcomes.add(new Outcome(kind, start, System.nanoTime(), reply));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }));
    }

    /** No new requests from now on; those in flight finish on their own. */
    void stop() {
        stop.set(true);
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new AssertionError("probes did not stop");
        }
    }
}
