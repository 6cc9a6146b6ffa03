package org.foodtrace.api.export;

import org.foodtrace.core.batch.api.BatchAdmitted;
import org.foodtrace.core.batch.api.BatchDispatched;
import org.foodtrace.core.batch.api.BatchDisposed;
import org.foodtrace.core.batch.api.BatchInspected;
import org.foodtrace.core.batch.api.BatchOriginExited;
import org.foodtrace.core.batch.api.BatchRejected;
import org.foodtrace.core.batch.api.BatchSlaughtered;
import org.foodtrace.core.batch.api.BatchSold;
import org.foodtrace.core.batch.api.BatchSplit;
import org.foodtrace.core.batch.api.BatchTransformed;
import org.foodtrace.core.batch.api.BetaAgonistTestFailed;
import org.foodtrace.core.batch.api.ExpiredSaleAttempted;
import org.foodtrace.core.batch.api.MisdirectedEntryAttempted;
import org.foodtrace.core.shared.Actor;

/** Who performed the act a batch event records: an operator id, or {@code "regulator"}. */
public final class ActingOperator {

    private ActingOperator() {
    }

    /** The acting operator's id, or null for events that name none (registration, derivation, recall). */
    public static String of(Object payload) {
        if (payload instanceof BatchOriginExited e) {
            return e.operatorId();
        } else if (payload instanceof BatchDispatched e) {
            return e.operatorId();
        } else if (payload instanceof BatchAdmitted e) {
            return e.operatorId();
        } else if (payload instanceof BatchRejected e) {
            return e.operatorId();
        } else if (payload instanceof MisdirectedEntryAttempted e) {
            return e.operatorId();
        } else if (payload instanceof ExpiredSaleAttempted e) {
            return e.operatorId();
        } else if (payload instanceof BatchInspected e) {
            return e.operatorId();
        } else if (payload instanceof BetaAgonistTestFailed e) {
            return e.operatorId();
        } else if (payload instanceof BatchSlaughtered e) {
            return e.operatorId();
        } else if (payload instanceof BatchSplit e) {
            return e.operatorId();
        } else if (payload instanceof BatchTransformed e) {
            return e.operatorId();
        } else if (payload instanceof BatchSold e) {
            return e.operatorId();
        } else if (payload instanceof BatchDisposed e) {
            return e.operatorId();
        }
        return null;
    }

    /**
     * Where the act took place: the acting operator's premises, or the holder's when the regulator acted
     * (a regulator's sample is taken where the goods are).
     */
    public static String locationOf(LineageEvent event) {
        String actor = of(event.payload());
        return actor == null || Actor.REGULATOR_ID.equals(actor) ? event.holderOperatorId() : actor;
    }
}
