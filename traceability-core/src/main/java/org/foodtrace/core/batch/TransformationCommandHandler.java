package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.Refusals.refuseIf;
import static org.foodtrace.core.batch.Refusals.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.foodtrace.core.batch.api.BatchDerived;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.chain.ChainHash;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.BatchId;
import org.foodtrace.core.shared.Quantity;
import org.foodtrace.core.shared.QuantityUnit;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;

/**
 * Processing (e.g. paddy to rice, oilseed to oil): takes quantities from several input batches held by
 * the processor and makes new product batches, all in one unit of work, so either every input and
 * output changes or none does. When inputs and outputs are all weighed in kg (or all measured in l),
 * the outputs never exceed the inputs.
 */
public class TransformationCommandHandler {

    private static final Set<QuantityUnit> MASS_OR_VOLUME = Set.of(QuantityUnit.KG, QuantityUnit.L);

    private final Repository<Batch> repository;

    public TransformationCommandHandler(Repository<Batch> repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Answers the ids of the output batches. */
    @CommandHandler
    public List<String> handle(TransformBatches command) throws Exception {
        Actor processor = Batch.requireOperator(command.actor());
        String transformationId = Text.required(command.transformationId(), "transformation id");
        List<ParentLink> inputs = requireInputs(command.inputs());
        List<TransformationOutput> outputs = required(command.outputs(), "outputs");
        refuseIf(outputs.isEmpty(), RuleCode.INVALID_COMPOSITION, "a transformation makes at least one output");
        List<BatchDerived> births = outputs.stream()
                .map(output -> BatchFactory.transformationOutput(output, inputs, processor, command.at()))
                .toList();
        requireDistinctOutputs(births, inputs);
        requireMassBalance(inputs, births);
        List<String> outputIds = births.stream().map(BatchDerived::batchId).toList();
        List<ChainHash> inputHeads = new ArrayList<>();
        for (ParentLink input : inputs) {
            ChainHash head = repository.load(input.batchId()).invoke(batch -> batch.consumeForTransformation(
                    transformationId, input.quantity(), outputIds, processor, command.at()));
            if (head != null) {
                inputHeads.add(head);
            }
        }
        for (BatchDerived birth : births) {
            repository.newInstance(() -> BatchFactory.derivedFrom(birth, inputHeads));
        }
        return outputIds;
    }

    private static List<ParentLink> requireInputs(List<ParentLink> inputs) {
        refuseIf(inputs == null || inputs.isEmpty(), RuleCode.INVALID_COMPOSITION,
                "a transformation takes at least one input");
        Set<String> seen = new HashSet<>();
        for (ParentLink input : inputs) {
            required(input, "input");
            refuseIf(!seen.add(BatchId.of(input.batchId()).value()), RuleCode.INVALID_COMPOSITION,
                    "input " + input.batchId() + " is listed twice");
            refuseIf(input.quantity() == null || !input.quantity().isPositive(), RuleCode.INVALID_QUANTITY,
                    "an input quantity must be positive");
        }
        return List.copyOf(inputs);
    }

    private static void requireDistinctOutputs(List<BatchDerived> births, List<ParentLink> inputs) {
        Set<String> ids = new HashSet<>();
        inputs.forEach(input -> ids.add(input.batchId()));
        Set<String> codes = new HashSet<>();
        for (BatchDerived birth : births) {
            refuseIf(!ids.add(birth.batchId()), RuleCode.INVALID_COMPOSITION, "batch id used twice: " + birth.batchId());
            refuseIf(!codes.add(birth.traceCode()), RuleCode.INVALID_COMPOSITION,
                    "trace code used twice: " + birth.traceCode());
        }
    }

    private static void requireMassBalance(List<ParentLink> inputs, List<BatchDerived> births) {
        Set<QuantityUnit> units = new HashSet<>();
        inputs.forEach(input -> units.add(input.quantity().unit()));
        births.forEach(birth -> units.add(birth.quantity().unit()));
        if (units.size() != 1 || !MASS_OR_VOLUME.containsAll(units)) {
            return;
        }
        BigDecimal in = total(inputs.stream().map(ParentLink::quantity));
        BigDecimal out = total(births.stream().map(BatchDerived::quantity));
        refuseIf(out.compareTo(in) > 0, RuleCode.OUTPUT_EXCEEDS_INPUT,
                "outputs of " + out.toPlainString() + " exceed inputs of " + in.toPlainString());
    }

    private static BigDecimal total(Stream<Quantity> quantities) {
        return quantities.map(Quantity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
