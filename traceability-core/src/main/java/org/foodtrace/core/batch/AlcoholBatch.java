package org.foodtrace.core.batch;

import java.util.Set;

import org.axonframework.modelling.command.AggregateRoot;
import org.foodtrace.core.shared.QuantityUnit;

/**
 * Alcohol: counted in units (bottles) or l, identified by GTIN and lot (expiry optional), leaves the
 * factory with its factory inspection (出厂检验合格).
 */
@AggregateRoot(type = "AlcoholBatch")
public class AlcoholBatch extends Batch {

    private static final Set<QuantityUnit> UNITS = Set.of(QuantityUnit.UNIT, QuantityUnit.L);

    public AlcoholBatch() {
    }

    @Override
    public Category category() {
        return Category.ALCOHOL;
    }

    @Override
    protected CertificateType requiredCertificate() {
        return CertificateType.FACTORY_INSPECTION;
    }

    @Override
    protected Set<QuantityUnit> registrationUnits() {
        return UNITS;
    }

    @Override
    protected boolean gtinRequired() {
        return true;
    }

    @Override
    protected boolean lotRequired() {
        return true;
    }
}
