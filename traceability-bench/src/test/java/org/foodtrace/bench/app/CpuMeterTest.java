package org.foodtrace.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * This test's own JVM stands in for the postmaster and a busy shell for a backend: the CPU the child used must
 * stay in the total after the child has ended, as a backend's does after its connection closes.
 */
class CpuMeterTest {

    @Test
    void cpu_of_a_child_that_ended_stays_counted() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux /proc");
        CpuMeter meter = new CpuMeter(ProcessHandle.current().pid(), ProcessHandle.current().pid());
        CpuMeter.Snapshot start = meter.snapshot();
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        TimeUnit.MILLISECONDS.sleep(1_500);
        CpuMeter.Snapshot running = meter.snapshot();
        busy.destroyForcibly().waitFor();
        CpuMeter.Snapshot ended = meter.snapshot();

        assertThat(running.postgresTicks() - start.postgresTicks())
                .as("ticks of the running child (100 per second of CPU)").isPositive();
        assertThat(ended.postgresTicks()).as("total after the child was reaped").isGreaterThanOrEqualTo(
                running.postgresTicks());
    }
}
