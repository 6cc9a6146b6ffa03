package org.foodtrace.core.batch;

import java.util.Set;

import org.axonframework.modelling.command.AggregateRoot;
import org.foodtrace.core.shared.QuantityUnit;

/**
 * Grain and edible oil, followed from seed to chopsticks through processing: counted in kg or l, leave the
 * producer with a compliance commitment certificate (承诺达标合格证).
 */
@AggregateRoot(type = "GrainOilBatch")
public class GrainOilBatch extends Batch {

    private static final Set<QuantityUnit> UNITS = Set.of(QuantityUnit.KG, QuantityUnit.L);

    public GrainOilBatch() {
    }

    @Override
    public Category category() {
        return Category.GRAIN_OIL;
    }

    @Override
    protected CertificateType requiredCertificate() {
        return CertificateType.COMPLIANCE_COMMITMENT;
    }

    @Override
    protected Set<QuantityUnit> registrationUnits() {
        return UNITS;
    }
}
