package org.foodtrace.core.batch;

import static org.foodtrace.core.batch.TestData.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.DerivedPart;
import org.foodtrace.core.batch.api.DispatchBatch;
import org.foodtrace.core.batch.api.DisposeBatch;
import org.foodtrace.core.batch.api.InspectBatch;
import org.foodtrace.core.batch.api.ParentLink;
import org.foodtrace.core.batch.api.SellBatch;
import org.foodtrace.core.batch.api.SplitBatch;
import org.foodtrace.core.batch.api.TransformBatches;
import org.foodtrace.core.batch.api.TransformationOutput;
import org.foodtrace.core.shared.Actor;
import org.foodtrace.core.shared.OperatorProfile;
import org.foodtrace.core.shared.Quantity;

/** Commands on {@link TestData#BATCH} as the specifications send them, at {@link TestData#LATER}. */
final class Commands {

    private Commands() {
    }

    static SellBatch sell(Quantity quantity, OperatorProfile seller) {
        return new SellBatch(BATCH, "sale-1", quantity, "stall 12", actor(seller), LATER);
    }

    static DispatchBatch dispatch(Quantity quantity, OperatorProfile sender, OperatorProfile destination) {
        return new DispatchBatch(BATCH, CHILD, traceCode(2), destination, quantity, actor(sender), LATER);
    }

    static SplitBatch split(OperatorProfile holder, Quantity... parts) {
        List<DerivedPart> derived = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            derived.add(new DerivedPart(id(101 + i), traceCode(2 + i), "Choy sum", parts[i]));
        }
        return new SplitBatch(BATCH, derived, actor(holder), LATER);
    }

    static DisposeBatch dispose(Quantity quantity, OperatorProfile holder) {
        return new DisposeBatch(BATCH, quantity, "incineration", "district inspector", actor(holder), LATER);
    }

    static InspectBatch inspect(Verdict verdict, Actor inspector) {
        return new InspectBatch(BATCH, "I-1", "organophosphate", "enzyme-inhibition", new BigDecimal("62.0"), "%",
                new BigDecimal("50.0"), verdict, "S-1", inspector, LATER);
    }

    static BatchInspected inspected(Verdict verdict, Actor inspector) {
        return new BatchInspected(BATCH, "I-1", "organophosphate", "enzyme-inhibition", new BigDecimal("62.0"), "%",
                new BigDecimal("50.0"), verdict, "S-1", inspector.actorId(), LATER);
    }

    /** Processing part of {@link TestData#BATCH} into one output of the given category. */
    static TransformBatches transform(Quantity input, OperatorProfile processor, TransformationOutput... outputs) {
        return new TransformBatches("transformation-1", List.of(new ParentLink(BATCH, input)), List.of(outputs),
                actor(processor), LATER);
    }

    static TransformationOutput output(Category category, String product, Quantity quantity) {
        return new TransformationOutput(CHILD, traceCode(2), category, product, null, quantity, null, null, null);
    }
}
