package org.foodtrace.api.export.epcis;

import org.foodtrace.core.shared.QuantityUnit;

/**
 * UN/CEFACT Recommendation 20 codes for the service's units, as EPCIS {@code uom} wants them. Animals are
 * counted as pieces (H87), like cans and bottles: Rec 20 has no code for a head of livestock.
 */
public final class UnitOfMeasure {

    private UnitOfMeasure() {
    }

    public static String of(QuantityUnit unit) {
        return switch (unit) {
            case KG -> "KGM";
            case L -> "LTR";
            case HEAD, UNIT -> "H87";
        };
    }
}
