package org.foodtrace.api.batch;

import org.foodtrace.api.command.Reply;
import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.EntryDecision;
import org.foodtrace.core.batch.SaleOutcome;
import org.foodtrace.core.batch.SlaughterOutcome;
import org.foodtrace.core.shared.RuleCode;
import org.springframework.http.ProblemDetail;

/** Refusals the domain recorded instead of throwing, answered with their code and the batch's status. */
final class Refusals {

    private Refusals() {
    }

    static Reply entry(EntryDecision decision) {
        String detail = switch (decision.refusal()) {
            case NOT_DESTINATION -> "The batch was not sent to this operator; the attempt is recorded and the "
                    + "batch is unchanged.";
            case CERTIFICATE_MISMATCH -> "The certificate presented is not the batch's certificate of record; "
                    + "the batch is rejected.";
            case CERTIFICATE_EXPIRED -> "The batch's certificate has expired; the batch is rejected.";
            default -> "Market entry refused: " + decision.refusal() + ".";
        };
        Reply reply = Reply.recordedRefusal(decision.refusal(), detail);
        ((ProblemDetail) reply.body()).setProperty("batchStatus", decision.status());
        return reply;
    }

    /** An expired-product sale attempt: the attempt is recorded as evidence, the answer is the rule's refusal. */
    static Reply sale(SaleOutcome outcome) {
        return Reply.recordedRefusal(outcome.refusal(), outcome.detail());
    }

    static Reply slaughter(SlaughterOutcome outcome) {
        String detail = outcome.refusal() == RuleCode.BETA_AGONIST_POSITIVE
                ? "A β-agonist test is positive: the animals are not slaughtered and are put on hold."
                : "Slaughter refused: " + outcome.refusal() + ".";
        Reply reply = Reply.recordedRefusal(outcome.refusal(), detail);
        if (outcome.refusal() == RuleCode.BETA_AGONIST_POSITIVE) {
            ((ProblemDetail) reply.body()).setProperty("batchStatus", BatchStatus.ON_HOLD);
        }
        return reply;
    }
}
