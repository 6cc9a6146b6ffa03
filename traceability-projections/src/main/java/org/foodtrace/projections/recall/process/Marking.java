package org.foodtrace.projections.recall.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.foodtrace.projections.recall.process.RecallMarker.Answer;
import org.foodtrace.projections.recall.process.RecallMarker.Outcome;

/**
 * The answers of the batches asked in one step of the recall process.
 *
 * @param awaited the batches recalled by this recall whose {@code BatchRecalled} the process has yet to handle
 * @param failed  the batches that could not be asked for a technical reason
 */
public record Marking(Set<String> awaited, List<String> failed) {

    static Marking of(List<Answer> answers) {
        return new Marking(answers.stream()
                .filter(answer -> answer.outcome() == Outcome.MARKED
                        || answer.outcome() == Outcome.RECALLED_BY_THIS_RECALL)
                .map(Answer::batchId)
                .collect(Collectors.toSet()),
                answers.stream().filter(answer -> answer.outcome() == Outcome.FAILED).map(Answer::batchId).toList());
    }
}
