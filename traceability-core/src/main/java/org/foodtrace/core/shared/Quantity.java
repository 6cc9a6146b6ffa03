package org.foodtrace.core.shared;

import java.math.BigDecimal;

/**
 * An amount in one unit. Never negative, at most 12 integer digits and 6 decimals; stored without
 * trailing zeros so equal amounts are equal records. Arithmetic refuses mixed units (UNIT_MISMATCH)
 * and results below zero (INSUFFICIENT_QUANTITY).
 */
public record Quantity(BigDecimal amount, QuantityUnit unit) implements Comparable<Quantity> {

    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_DECIMALS = 6;

    public Quantity {
        if (amount == null || unit == null) {
            throw new DomainRuleViolation(RuleCode.INVALID_QUANTITY, "a quantity needs an amount and a unit");
        }
        if (amount.signum() < 0) {
            throw new DomainRuleViolation(RuleCode.INVALID_QUANTITY, "a quantity cannot be negative: " + amount);
        }
        amount = canonical(amount);
    }

    public static Quantity of(String amount, QuantityUnit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    public static Quantity of(long amount, QuantityUnit unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    public static Quantity zero(QuantityUnit unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(amount.add(other.amount), unit);
    }

    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        BigDecimal difference = amount.subtract(other.amount);
        if (difference.signum() < 0) {
            throw new DomainRuleViolation(RuleCode.INSUFFICIENT_QUANTITY,
                    "only " + this + " available, " + other + " requested");
        }
        return new Quantity(difference, unit);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.symbol();
    }

    private void requireSameUnit(Quantity other) {
        if (other.unit != unit) {
            throw new DomainRuleViolation(RuleCode.UNIT_MISMATCH,
                    "expected a quantity in " + unit.symbol() + ", got " + other.unit.symbol());
        }
    }

    private static BigDecimal canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new DomainRuleViolation(RuleCode.INVALID_QUANTITY, "amount too large: " + amount);
        }
        if (stripped.scale() > MAX_DECIMALS) {
            throw new DomainRuleViolation(RuleCode.INVALID_QUANTITY, "more than " + MAX_DECIMALS + " decimals: " + amount);
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
