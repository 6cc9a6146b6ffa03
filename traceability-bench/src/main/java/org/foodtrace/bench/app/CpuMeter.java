package org.foodtrace.bench.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the machine's CPU went during a phase, from /proc: the service's JVM, the PostgreSQL server's
 * processes (the postmaster of the benchmark's cluster and its children, i.e. the backends), and the whole
 * machine (which includes the load generator: wrk or pgbench or the benchmark's own JVM).
 * <p>
 * A backend that ends during a phase (a closed connection) takes its CPU time out of /proc with it; the kernel
 * then adds that time to the postmaster's "children" times ({@code cutime}, {@code cstime}) when the postmaster
 * reaps it. So the server's total is the live processes' own time plus the postmaster's reaped children, which
 * never decreases.
 */
public final class CpuMeter {

    /** Cores busy on average during the phase. */
    public record Usage(double seconds, double service, double postgres, double machine, int cores) {
        public double other() {
            return Math.max(0, machine - service - postgres);
        }
    }

    public record Snapshot(long nanos, long serviceTicks, long postgresTicks, long busyTicks) {
    }

    private static final double TICKS_PER_SECOND = 100.0;

    private final long servicePid;
    private final long postmasterPid;

    public CpuMeter(long servicePid, long postmasterPid) {
        this.servicePid = servicePid;
        this.postmasterPid = postmasterPid;
    }

    /** The postmaster of the server listening on the given port (Debian: /var/run/postgresql/.s.PGSQL.port.lock). */
    public static long postmasterPid(int port) {
        for (Path lock : List.of(Path.of("/var/run/postgresql/.s.PGSQL." + port + ".lock"),
                Path.of("/tmp/.s.PGSQL." + port + ".lock"))) {
            try {
                return Long.parseLong(Files.readAllLines(lock).get(0).trim());
            } catch (IOException | RuntimeException unreadable) {
                // try the next place
            }
        }
        return -1;
    }

    public Snapshot snapshot() {
        long postgres = 0;
        if (postmasterPid > 0) {
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    long[] stat = stat(process.resolve("stat"));
                    if (stat != null && stat[0] == postmasterPid) {
                        postgres += stat[2] + stat[3];
                    } else if (stat != null && stat[1] == postmasterPid) {
                        postgres += stat[2];
                    }
                }
            } catch (IOException ignored) {
                // /proc unavailable: no figure
            }
        }
        long[] service = stat(Path.of("/proc", Long.toString(servicePid), "stat"));
        return new Snapshot(System.nanoTime(), service == null ? 0 : service[2], postgres, machineBusyTicks());
    }

    public Usage between(Snapshot from, Snapshot to) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        return new Usage(seconds, cores(to.serviceTicks() - from.serviceTicks(), seconds),
                cores(to.postgresTicks() - from.postgresTicks(), seconds),
                cores(to.busyTicks() - from.busyTicks(), seconds), Runtime.getRuntime().availableProcessors());
    }

    private static double cores(long ticks, double seconds) {
        return seconds <= 0 ? 0 : ticks / TICKS_PER_SECOND / seconds;
    }

    /** pid, ppid, utime + stime, cutime + cstime (reaped children) of /proc/[pid]/stat, or null. */
    private static long[] stat(Path file) {
        try {
            String text = Files.readString(file);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(text.substring(0, text.indexOf(' ')));
            return new long[] {pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user, nice, system, irq, softirq (guest time is already in user; idle, iowait, steal are not busy)
            return Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
