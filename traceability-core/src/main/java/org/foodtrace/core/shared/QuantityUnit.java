package org.foodtrace.core.shared;

/** Units a quantity may be counted in; {@link #symbol()} is the API spelling. */
public enum QuantityUnit {
    KG("kg"),
    HEAD("head"),
    UNIT("unit"),
    L("l");

    private final String symbol;

    QuantityUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The unit spelled {@code symbol} ("kg", "head", "unit", "l"), refused with INVALID_UNIT otherwise. */
    public static QuantityUnit fromSymbol(String symbol) {
        for (QuantityUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new DomainRuleViolation(RuleCode.INVALID_UNIT, "unknown unit: " + symbol);
    }
}
