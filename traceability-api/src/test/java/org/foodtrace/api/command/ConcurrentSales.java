package org.foodtrace.api.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.foodtrace.api.support.Answer;
import org.foodtrace.api.support.Api;
import org.foodtrace.api.support.Batches;
import org.foodtrace.api.support.Operators;

/** Fires sales at one batch from many threads at once and checks that mass balance held. */
final class ConcurrentSales {

    private ConcurrentSales() {
    }

    static void tenOneKilogramSalesOnFiveKilograms(Api api) throws Exception {
        tenOneKilogramSalesOnFiveKilograms(api, api);
    }

    /** Sales alternate between two clients (two nodes on one database, or one node twice). */
    static void tenOneKilogramSalesOnFiveKilograms(Api api, Api other) throws Exception {
        Operators operators = new Operators(api);
        Batches batches = new Batches(api);
        Operators.Registered farm = operators.register("Race Farm " + System.nanoTime(), "FARM", false);
        Operators.Registered market = operators.register("Race Market " + System.nanoTime(), "RETAIL_MARKET", false);
        Batches.Created batch = batches.admittedVegetables(farm, market, "5");

        Batches otherBatches = new Batches(other);
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Answer> answers = race(10, () -> (turn.getAndIncrement() % 2 == 0 ? batches : otherBatches)
                .sell(batch.batchId(), market.token(), "1", "kg"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 409, 422));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(5);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text("code")).isIn("INSUFFICIENT_QUANTITY", "CONCURRENT_MODIFICATION");
        });
        Answer view = eventually(() -> api.get("/api/v1/batches/" + batch.batchId(), market.token()),
                answer -> sold(answer) >= 5);
        assertThat(view.json().path("quantity").path("available").path("amount").decimalValue()).isZero();
        assertThat(sold(view)).isEqualTo(5);
    }

    private static long sold(Answer batch) {
        return batch.json().path("events").valueStream()
                .filter(event -> "SOLD".equals(event.path("type").asString())).count();
    }

    /** The read until it shows what is expected (read models are eventually consistent), at most 10 s. */
    private static Answer eventually(java.util.function.Supplier<Answer> read,
                                     java.util.function.Predicate<Answer> expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Answer answer = read.get();
        while (!expected.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            answer = read.get();
        }
        return answer;
    }

    static <T> List<T> race(int threads, java.util.concurrent.Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
