package org.foodtrace.core.batch;

import java.time.LocalDate;

import org.foodtrace.core.shared.DomainRuleViolation;
import org.foodtrace.core.shared.RuleCode;
import org.foodtrace.core.shared.Text;

/**
 * A certificate accompanying a batch. It is valid on a date from {@code issuedOn} through
 * {@code validUntil} inclusive; a null {@code validUntil} means the certificate states no end (meat
 * quarantine certificates recorded at slaughter). Number and issuer are required.
 */
public record Certificate(CertificateType type, String number, String issuedBy, LocalDate issuedOn,
                          LocalDate validUntil) {

    public Certificate {
        if (type == null || issuedOn == null) {
            throw new DomainRuleViolation(RuleCode.INVALID_CERTIFICATE, "a certificate needs a type and an issue date");
        }
        if (number == null || number.isBlank() || issuedBy == null || issuedBy.isBlank()) {
            throw new DomainRuleViolation(RuleCode.INVALID_CERTIFICATE, "a certificate needs a number and an issuer");
        }
        Text.required(number, "certificate number");
        Text.required(issuedBy, "certificate issuer");
        if (validUntil != null && validUntil.isBefore(issuedOn)) {
            throw new DomainRuleViolation(RuleCode.INVALID_CERTIFICATE, "a certificate cannot expire before it is issued");
        }
    }

    /** The meat quarantine certificate recorded for slaughter outputs. */
    public static Certificate meatQuarantine(String number, String issuedBy, LocalDate issuedOn) {
        return new Certificate(CertificateType.MEAT_QUARANTINE, number, issuedBy, issuedOn, null);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(issuedOn) && !isExpiredOn(date);
    }

    /** True once the date is past {@code validUntil}. */
    public boolean isExpiredOn(LocalDate date) {
        return validUntil != null && date.isAfter(validUntil);
    }
}
