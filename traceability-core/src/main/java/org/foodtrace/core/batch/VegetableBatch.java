package org.foodtrace.core.batch;

import java.util.Set;

import org.axonframework.modelling.command.AggregateRoot;
import org.foodtrace.core.shared.QuantityUnit;

/** Vegetables: counted in kg, leave the producer with a compliance commitment certificate (承诺达标合格证). */
@AggregateRoot(type = "VegetableBatch")
public class VegetableBatch extends Batch {

    private static final Set<QuantityUnit> UNITS = Set.of(QuantityUnit.KG);

    public VegetableBatch() {
    }

    @Override
    public Category category() {
        return Category.VEGETABLE;
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
