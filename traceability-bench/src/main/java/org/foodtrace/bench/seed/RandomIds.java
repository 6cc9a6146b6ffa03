package org.foodtrace.bench.seed;

import java.util.SplittableRandom;
import java.util.UUID;

import org.foodtrace.core.trace.TraceCode;

/** Identifiers as the service makes them (random version-4 UUID text, random trace codes), but reproducible. */
final class RandomIds {

    private final SplittableRandom random;

    RandomIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    String traceCode() {
        return TraceCode.generate(random).value();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
