package org.foodtrace.api.batch.imports;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.foodtrace.api.batch.imports.ImportJobRunner.ImportInterrupted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A fixed pool of {@code trace.imports.workers} threads running import jobs. It starts last, once the command
 * side is up, and then resumes every job left QUEUED or RUNNING (a restart); it stops first, interrupting the
 * jobs between chunks, so their committed rows stay done and the rest wait for the next start.
 */
@Component
class ImportWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobRunner runner;
    private final ImportJobStore store;
    private final ImportProperties properties;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService executor;

    ImportWorker(ImportJobRunner runner, ImportJobStore store, ImportProperties properties) {
        this.runner = runner;
        this.store = store;
        this.properties = properties;
    }

    /** Queues a job unless this node has it queued or running already. */
    void submit(String jobId) {
        ExecutorService pool = executor;
        if (pool == null || !queued.add(jobId)) {
            return;
        }
        pool.execute(() -> {
            try {
                runner.run(jobId, () -> executor != pool);
            } catch (ImportInterrupted stopping) {
                log.info("Import job {} paused by shutdown; it resumes at the next start", jobId);
            } catch (RuntimeException failure) {
                log.error("Import job {} stopped on an unexpected failure; it resumes at the next start", jobId,
                        failure);
            } finally {
                queued.remove(jobId);
            }
        });
    }

    @Override
    public synchronized void start() {
        if (executor != null || properties.workers() == 0) {
            return;
        }
        executor = Executors.newFixedThreadPool(properties.workers(), new WorkerThreads());
        store.unfinished().forEach(this::submit);
    }

    @Override
    public synchronized void stop() {
        ExecutorService pool = executor;
        if (pool == null) {
            return;
        }
        executor = null;
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Import workers did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queued.clear();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Last to start (the command bus and event processors are running), first to stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "batch-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
