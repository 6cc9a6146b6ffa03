package org.foodtrace.projections.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foodtrace.projections.testing.Fixtures.hour;
import static org.foodtrace.projections.testing.Fixtures.kg;

import java.math.BigDecimal;
import java.util.List;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.RecallLevel;
import org.foodtrace.core.batch.Verdict;
import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRecalled;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.operator.api.OperatorSuspended;
import org.foodtrace.core.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class BatchStateTest {

    private final BatchState admitted = new BatchState(BatchStatus.ADMITTED, "market", null, kg("100"));

    @Test
    void origin_exit_sets_the_destination_and_keeps_the_producer_as_holder() {
        BatchState registered = new BatchState(BatchStatus.REGISTERED, "farm", null, kg("100"));

        BatchState exited = registered.after(new BatchOriginExited("b", null, "market", kg("100"), "farm", hour(1)));

        assertThat(exited).isEqualTo(new BatchState(BatchStatus.IN_TRANSIT, "farm", "market", kg("100")));
    }

    @Test
    void admission_makes_the_destination_the_holder() {
        BatchState inTransit = new BatchState(BatchStatus.IN_TRANSIT, "farm", "market", kg("100"));

        assertThat(inTransit.after(new BatchAdmitted("b", "market", "C-1", hour(1))))
                .isEqualTo(new BatchState(BatchStatus.ADMITTED, "market", null, kg("100")));
    }

    @Test
    void a_failed_inspection_holds_a_moving_batch_but_not_a_recalled_one() {
        BatchState recalled = admitted.after(recall());

        assertThat(admitted.after(inspection(Verdict.FAIL)).status()).isEqualTo(BatchStatus.ON_HOLD);
        assertThat(admitted.after(inspection(Verdict.PASS))).isEqualTo(admitted);
        assertThat(recalled.after(inspection(Verdict.FAIL)).status()).isEqualTo(BatchStatus.RECALLED);
    }

    @Test
    void selling_the_last_of_a_batch_depletes_it() {
        BatchState partlySold = admitted.after(sale("60"));
        BatchState soldOut = partlySold.after(sale("40"));

        assertThat(partlySold).isEqualTo(new BatchState(BatchStatus.ADMITTED, "market", null, kg("40")));
        assertThat(soldOut).isEqualTo(new BatchState(BatchStatus.DEPLETED, "market", null, kg("0")));
    }

    @Test
    void disposing_of_the_last_of_a_held_batch_marks_it_disposed() {
        BatchState held = admitted.after(inspection(Verdict.FAIL));

        BatchState disposed = held.after(new BatchDisposed("b", kg("100"), "incineration", null, "market", hour(2)));

        assertThat(disposed.status()).isEqualTo(BatchStatus.DISPOSED);
        assertThat(disposed.available().isZero()).isTrue();
    }

    @Test
    void a_split_takes_the_sum_of_its_parts() {
        BatchState split = admitted.after(new BatchSplit("b", List.of(new DerivedPart("p1", "C1", "x", kg("30")),
                new DerivedPart("p2", "C2", "x", kg("70"))), "market", hour(1)));

        assertThat(split).isEqualTo(new BatchState(BatchStatus.DEPLETED, "market", null, kg("0")));
    }

    @Test
    void a_recall_wins_over_any_status() {
        BatchState soldOut = admitted.after(sale("100"));

        assertThat(soldOut.after(recall()).status()).isEqualTo(BatchStatus.RECALLED);
    }

    @Test
    void more_leaving_than_is_available_is_an_inconsistent_stream() {
        assertThatThrownBy(() -> admitted.after(sale("100.5"))).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void only_batch_events_after_the_first_have_a_transition() {
        assertThat(BatchState.transitionOf(sale("1"))).isPresent();
        assertThat(BatchState.transitionOf(new MisdirectedEntryAttempted("b", "x", "market", hour(1)))).isEmpty();
        assertThat(BatchState.transitionOf(new OperatorSuspended("o", "reason", hour(1)))).isEmpty();
    }

    private static BatchInspected inspection(Verdict verdict) {
        return new BatchInspected("b", "i", "organophosphate", "enzyme", BigDecimal.ONE, "%", BigDecimal.TEN, verdict,
                null, "market", hour(1));
    }

    private static BatchSold sale(String kilograms) {
        return new BatchSold("b", "s", kg(kilograms), null, "market", hour(1));
    }

    private static BatchRecalled recall() {
        return new BatchRecalled("b", "r", "reason", RecallLevel.II, "market", kg("100"), kg("0"), hour(3),
                List.of());
    }
}
