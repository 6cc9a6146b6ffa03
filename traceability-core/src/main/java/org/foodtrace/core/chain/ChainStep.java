package org.foodtrace.core.chain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event checked against the chain so far. The expected hash is recomputed from the running head (the stored
 * hash of the event before), the parents named in the event's metadata and the event itself; the event is intact
 * when that equals its stored hash and its stored previous hash is the running head. An event without a hash is
 * UNHASHED while no event before it had one (recorded before hashing began), BROKEN after (its link was removed).
 * The head moves on to the stored hash, so one altered event is reported once, not with every event after it.
 */
public record ChainStep(Outcome outcome, ChainHash expectedHash, String storedHash, ChainHash headAfter) {

    public enum Outcome { INTACT, UNHASHED, BROKEN }

    public static ChainStep check(ChainHash head, Object event, Map<String, ?> metaData) {
        Object stored = metaData.get(ChainLink.CHAIN_HASH);
        List<ChainHash> parents;
        try {
            parents = ChainLink.parentsIn(metaData);
        } catch (IllegalArgumentException malformed) {
            return new ChainStep(Outcome.BROKEN, null, Objects.toString(stored, null), head);
        }
        ChainHash expected = ChainLink.hash(head, parents, event);
        if (stored == null) {
            return head == null
                    ? new ChainStep(Outcome.UNHASHED, null, null, null)
                    : new ChainStep(Outcome.BROKEN, expected, null, head);
        }
        Object previous = metaData.get(ChainLink.PREVIOUS_HASH);
        boolean previousMatches = Objects.equals(Objects.toString(previous, null), head == null ? null : head.hex());
        boolean intact = previousMatches && expected.hex().equals(stored.toString());
        ChainHash headAfter = wellFormed(stored.toString()) ? new ChainHash(stored.toString()) : expected;
        return new ChainStep(intact ? Outcome.INTACT : Outcome.BROKEN, expected, stored.toString(), headAfter);
    }

    private static boolean wellFormed(String hex) {
        try {
            new ChainHash(hex);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
