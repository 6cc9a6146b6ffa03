package org.foodtrace.core.chain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The link an event of a batch carries in its metadata: its own hash, the hash of the event before it (absent for
 * a batch's first event) and, on the first event of a child batch, the head hashes of its parents at the moment
 * it was made. The hash is SHA-256 of {@link #input}, so no event can change without changing every hash after it.
 */
public record ChainLink(ChainHash hash, ChainHash previous, List<ChainHash> parents) {

    public static final String CHAIN_HASH = "chainHash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String PARENT_HASHES = "parentHashes";
    public static final String FORMAT = "foodtrace-chain/1";

    public ChainLink {
        parents = List.copyOf(parents);
    }

    /** The link of {@code event} appended after {@code previous} (null for a first event). */
    public static ChainLink next(ChainHash previous, List<ChainHash> parents, Object event) {
        return new ChainLink(hash(previous, parents, event), previous, parents);
    }

    public static ChainHash hash(ChainHash previous, List<ChainHash> parents, Object event) {
        return ChainHash.sha256(input(previous, parents, event));
    }

    /**
     * What is hashed, as UTF-8, lines separated by a single LF and no newline at the end:
     * <pre>
     * foodtrace-chain/1
     * previous:&lt;hex of the previous event's hash, empty for a first event&gt;
     * parents:&lt;parents' head hashes, comma-separated in the order of the event's parents, empty if none&gt;
     * type:&lt;the event's simple class name, e.g. BatchSold&gt;
     * &lt;the event's {@link Canonical} JSON&gt;
     * </pre>
     */
    public static String input(ChainHash previous, List<ChainHash> parents, Object event) {
        return FORMAT
                + "\nprevious:" + (previous == null ? "" : previous.hex())
                + "\nparents:" + parents.stream().map(ChainHash::hex).collect(Collectors.joining(","))
                + "\ntype:" + event.getClass().getSimpleName()
                + "\n" + Canonical.json(event);
    }

    /** The metadata entries of this link; absent links are left out rather than written empty. */
    public Map<String, String> metaData() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(CHAIN_HASH, hash.hex());
        if (previous != null) {
            entries.put(PREVIOUS_HASH, previous.hex());
        }
        if (!parents.isEmpty()) {
            entries.put(PARENT_HASHES, parents.stream().map(ChainHash::hex).collect(Collectors.joining(",")));
        }
        return entries;
    }

    /** The parent hashes written in metadata; refuses a malformed value. */
    public static List<ChainHash> parentsIn(Map<String, ?> metaData) {
        Object value = metaData.get(PARENT_HASHES);
        if (value == null || value.toString().isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.toString().split(",", -1)).map(ChainHash::new).toList();
    }
}
