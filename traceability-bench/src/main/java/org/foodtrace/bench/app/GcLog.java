package org.foodtrace.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's heap over time from its unified GC log ({@code -Xlog:gc:file=...:utctime}): each collection's
 * heap use before and after it and the committed heap. The heap's high-water mark is the largest "before"
 * (the heap fills until a collection); the largest "after" is the most the application still held.
 */
public final class GcLog {

    /** One collection: heap before, after, committed (MiB), and how long the application was paused. */
    public record Collection(Instant at, String kind, long beforeMiB, long afterMiB, long committedMiB,
                             double pauseMillis) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\[([^\\]]+)\\] GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\)(?: ([\\d.]+)ms)?");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private GcLog() {
    }

    public static List<Collection> read(Path log) throws IOException {
        List<Collection> collections = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                collections.add(new Collection(OffsetDateTime.parse(m.group(1), UTC_TIME).toInstant(),
                        m.group(2).trim(), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                        Long.parseLong(m.group(5)), m.group(6) == null ? 0 : Double.parseDouble(m.group(6))));
            }
        }
        return collections;
    }

    public static long peakBefore(List<Collection> collections, Instant from, Instant to) {
        return collections.stream().filter(c -> !c.at().isBefore(from) && !c.at().isAfter(to))
                .mapToLong(Collection::beforeMiB).max().orElse(0);
    }

    /** Total pause of the collections, in seconds. */
    public static double pauseSeconds(List<Collection> collections) {
        return collections.stream().mapToDouble(Collection::pauseMillis).sum() / 1000.0;
    }
}
