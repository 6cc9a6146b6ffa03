package org.foodtrace.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.junit.jupiter.api.Test;

/** The canonical form and the hash input are fixed forever: stored hashes are recomputed from them. */
class CanonicalFormTest {

    private static final BatchSold SOLD = new BatchSold("b-1", "sale-1", Quantity.of("12.50", QuantityUnit.KG), null,
            "op-2", Instant.parse("2026-11-23T02:00:00Z"));

    record Sample(String zulu, Integer alpha, BigDecimal amount, LocalDate on, List<String> tags, String none,
                  Map<String, Object> extra) {
    }

    @Test
    void keysAreSortedNullsLeftOutAndNumbersPlain() {
        Sample sample = new Sample("z", 3, new BigDecimal("1.500E+3"), LocalDate.parse("2026-11-20"),
                List.of("a", "b"), null, Map.of("y", 1, "x", "q"));
        assertThat(Canonical.json(sample)).isEqualTo(
                "{\"alpha\":3,\"amount\":1500,\"extra\":{\"x\":\"q\",\"y\":1},\"on\":\"2026-11-20\","
                        + "\"tags\":[\"a\",\"b\"],\"zulu\":\"z\"}");
    }

    @Test
    void stringsEscapeOnlyQuotesBackslashesAndControlCharacters() {
        assertThat(Canonical.json("猪 \"<a>\"\\\n\u0001/")).isEqualTo("\"猪 \\\"<a>\\\"\\\\\\n\\u0001/\"");
    }

    @Test
    void anEventsHashInputIsHeaderLinesThenItsCanonicalJson() {
        ChainHash previous = ChainHash.sha256("previous");
        assertThat(ChainLink.input(previous, List.of(), SOLD)).isEqualTo("foodtrace-chain/1\n"
                + "previous:" + previous.hex() + "\n"
                + "parents:\n"
                + "type:BatchSold\n"
                + "{\"at\":\"2026-11-23T02:00:00Z\",\"batchId\":\"b-1\",\"operatorId\":\"op-2\","
                + "\"quantity\":{\"amount\":12.5,\"unit\":\"KG\"},\"saleId\":\"sale-1\"}");
    }

    @Test
    void theHashOfAFirstEventNeverChanges() {
        assertThat(ChainLink.hash(null, List.of(), SOLD).hex())
                .isEqualTo(ChainHash.sha256("foodtrace-chain/1\nprevious:\nparents:\ntype:BatchSold\n"
                        + "{\"at\":\"2026-11-23T02:00:00Z\",\"batchId\":\"b-1\",\"operatorId\":\"op-2\","
                        + "\"quantity\":{\"amount\":12.5,\"unit\":\"KG\"},\"saleId\":\"sale-1\"}").hex())
                .isEqualTo("ebf9ee7a39b78d1fa0c0bbd19c7c7b21fb6c5dc8b63532fcdd9413bf9f75226c");
    }

    @Test
    void anAlteredEventOrALinkRemovedAfterTheChainBeganIsReportedAtThatEvent() {
        ChainLink first = ChainLink.next(null, List.of(), SOLD);
        BatchSold second = new BatchSold("b-1", "sale-2", Quantity.of("1", QuantityUnit.KG), null, "op-2",
                Instant.parse("2026-11-23T03:00:00Z"));
        ChainLink secondLink = ChainLink.next(first.hash(), List.of(), second);
        BatchSold altered = new BatchSold("b-1", "sale-2", Quantity.of("0.5", QuantityUnit.KG), null, "op-2",
                second.at());

        ChainAudit.Result intact = ChainAudit.of(List.of(entry(0, SOLD, first.metaData()),
                entry(1, second, secondLink.metaData())));
        ChainAudit.Result tampered = ChainAudit.of(List.of(entry(0, SOLD, first.metaData()),
                entry(1, altered, secondLink.metaData())));
        ChainAudit.Result stripped = ChainAudit.of(List.of(entry(0, SOLD, first.metaData()),
                entry(1, second, Map.of())));

        assertThat(intact.verified()).isTrue();
        assertThat(intact.headHash()).isEqualTo(secondLink.hash());
        assertThat(tampered.verified()).isFalse();
        assertThat(tampered.firstMismatch().sequenceNumber()).isEqualTo(1);
        assertThat(tampered.firstMismatch().storedHash()).isEqualTo(secondLink.hash().hex());
        assertThat(stripped.firstMismatch().sequenceNumber()).isEqualTo(1);
        assertThat(stripped.firstMismatch().storedHash()).isNull();
    }

    @Test
    void aHistoryWithoutHashesIsNotVerifiedButHasNoMismatch() {
        ChainAudit.Result legacy = ChainAudit.of(List.of(entry(0, SOLD, Map.of())));
        assertThat(legacy.verified()).isFalse();
        assertThat(legacy.firstMismatch()).isNull();
        assertThat(legacy.unhashed()).isEqualTo(1);
    }

    private static ChainAudit.Entry entry(long sequence, Object event, Map<String, ?> metaData) {
        return new ChainAudit.Entry(sequence, event.getClass().getSimpleName(), event, Instant.EPOCH, metaData);
    }
}
