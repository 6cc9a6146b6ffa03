package org.foodtrace.bench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service spent its CPU during one phase, from the execution samples of its JFR recording, as shares
 * of the samples: by component (the first frame below the JDK's own that belongs to a known library or to the
 * service, so a HashMap lookup made by Jackson counts as Jackson), the methods most often on top of a stack
 * (self time), and the service's and Axon's methods most often anywhere on it (inclusive time).
 */
public final class JfrHotspots {

    /** Samples in the phase and the top entries as (frame, share of samples). */
    public record Profile(long samples, Map<String, Double> components, Map<String, Double> self,
                          Map<String, Double> inclusive) {
    }

    /** Components by the package prefixes of their frames; the first match, from the top of the stack, wins. */
    private static final Map<String, List<String>> COMPONENTS = components();
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    private static final List<String> INCLUSIVE = List.of("org.foodtrace.", "org.axonframework.");

    private JfrHotspots() {
    }

    /** A time window to profile. */
    public record Window(String name, Instant from, Instant to) {
    }

    /** Profiles every window in one pass over the recording. */
    public static Map<String, Profile> profile(Path recording, List<Window> windows, int top) throws IOException {
        Map<String, Counts> counts = new LinkedHashMap<>();
        windows.forEach(window -> counts.put(window.name(), new Counts()));
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                for (Window window : windows) {
                    if (!event.getStartTime().isBefore(window.from()) && !event.getStartTime().isAfter(window.to())) {
                        counts.get(window.name()).add(stack);
                    }
                }
            }
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        counts.forEach((name, c) -> profiles.put(name, c.profile(top)));
        return profiles;
    }

    private static final class Counts {
        private final Map<String, Long> components = new LinkedHashMap<>();
        private final Map<String, Long> self = new LinkedHashMap<>();
        private final Map<String, Long> inclusive = new LinkedHashMap<>();
        private long samples;

        void add(RecordedStackTrace stack) {
            samples++;
            self.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
            components.merge(component(stack), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : stack.getFrames()) {
                String name = name(frame);
                if (INCLUSIVE.stream().anyMatch(name::startsWith) && !name.contains("$$Lambda") && seen.add(name)) {
                    inclusive.merge(name, 1L, Long::sum);
                }
            }
        }

        Profile profile(int top) {
            return new Profile(samples, topShares(components, samples, COMPONENTS.size() + 1),
                    topShares(self, samples, top), topShares(inclusive, samples, top));
        }
    }

    private static String component(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String name = name(frame);
            if (JDK.stream().anyMatch(name::startsWith)) {
                continue;
            }
            for (Map.Entry<String, List<String>> component : COMPONENTS.entrySet()) {
                if (component.getValue().stream().anyMatch(name::startsWith)) {
                    return component.getKey();
                }
            }
            return "other libraries";
        }
        return "JDK only";
    }

    private static Map<String, List<String>> components() {
        Map<String, List<String>> components = new LinkedHashMap<>();
        components.put("PostgreSQL JDBC driver", List.of("org.postgresql."));
        components.put("Hikari connection pool", List.of("com.zaxxer.hikari."));
        components.put("Jackson (JSON)", List.of("tools.jackson.", "com.fasterxml.jackson."));
        components.put("Axon dead-letter queue", List.of("org.axonframework.eventhandling.deadletter."));
        components.put("Axon pooled processor (coordinator, work packages)",
                List.of("org.axonframework.eventhandling.pooled."));
        components.put("Axon event store", List.of("org.axonframework.eventsourcing.", "org.axonframework.common.jdbc."));
        components.put("Axon serialization", List.of("org.axonframework.serialization."));
        components.put("Axon (other)", List.of("org.axonframework."));
        components.put("read models (traceability-projections)", List.of("org.foodtrace.projections."));
        components.put("domain (traceability-core)", List.of("org.foodtrace.core."));
        components.put("REST API (traceability-api)", List.of("org.foodtrace.api."));
        components.put("Spring Security", List.of("org.springframework.security."));
        components.put("Micrometer observation", List.of("io.micrometer."));
        components.put("Spring JDBC / transactions", List.of("org.springframework.jdbc.",
                "org.springframework.transaction."));
        components.put("Spring MVC / other Spring", List.of("org.springframework."));
        components.put("Tomcat", List.of("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."));
        return components;
    }

    private static Map<String, Double> topShares(Map<String, Long> counts, long total, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> total == 0 ? 0 : e.getValue() / (double) total,
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
