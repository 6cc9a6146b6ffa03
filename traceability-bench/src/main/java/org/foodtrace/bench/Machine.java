package org.foodtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Facts about the machine and the software a run measured, read when it starts. */
public record Machine(int cores, long memoryMiB, String cpuModel, String kernel, String postgres,
                      Map<String, String> postgresSettings, String jdk, String wrk, String pgbench,
                      String loadAverageAtStart) {

    public static Machine read(Database database) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        String version;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT version()")) {
                row.next();
                version = row.getString(1);
            }
            for (String name : List.of("shared_buffers", "synchronous_commit", "fsync", "wal_level", "max_connections",
                    "work_mem")) {
                try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                    row.next();
                    settings.put(name, row.getString(1));
                }
            }
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryMiB(), readCpuModel(),
                firstLine(command("uname", "-r")), version, settings,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                firstLine(command("wrk", "--version")), firstLine(command("pgbench", "--version")), loadAverage());
    }

    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long readMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").trim();
    }
}
