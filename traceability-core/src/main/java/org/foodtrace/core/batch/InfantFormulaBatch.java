package org.foodtrace.core.batch;

import java.util.Set;

import org.axonframework.modelling.command.AggregateRoot;
import org.foodtrace.core.shared.QuantityUnit;

/**
 * Infant formula: counted in units (cans), identified by GTIN, lot and expiry date, leaves the factory with
 * its factory inspection (出厂检验合格).
 */
@AggregateRoot(type = "InfantFormulaBatch")
public class InfantFormulaBatch extends Batch {

    private static final Set<QuantityUnit> UNITS = Set.of(QuantityUnit.UNIT);

    public InfantFormulaBatch() {
    }

    @Override
    public Category category() {
        return Category.INFANT_FORMULA;
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

    @Override
    protected boolean expiryRequired() {
        return true;
    }
}
