package org.foodtrace.core.shared;

/**
 * Stable names of every rule the domain can refuse with. The API maps each to a problem+json
 * {@code code}; never rename a constant, only add new ones.
 */
public enum RuleCode {
    NOT_HOLDER,
    NOT_DESTINATION,
    OPERATOR_SUSPENDED,
    FORBIDDEN,
    WRONG_CERTIFICATE_TYPE,
    CERTIFICATE_EXPIRED,
    CERTIFICATE_MISMATCH,
    NOT_DESIGNATED_SLAUGHTERHOUSE,
    BETA_AGONIST_POSITIVE,
    INSUFFICIENT_QUANTITY,
    UNIT_MISMATCH,
    BATCH_RECALLED,
    BATCH_ON_HOLD,
    NOT_ADMITTED,
    INVALID_GTIN,
    EXPIRED_PRODUCT,
    ALREADY_RECALLED,
    NOT_IN_TRANSIT,
    NOT_LIVESTOCK,
    GTIN_REQUIRED,
    LOT_REQUIRED,
    EXPIRY_REQUIRED,
    SPECIES_REQUIRED,
    INVALID_UNIT,
    INVALID_QUANTITY,
    OUTPUT_EXCEEDS_INPUT,
    NOT_SLAUGHTERHOUSE,
    BATCH_NOT_ACTIVE,
    OPERATOR_NOT_SUSPENDED,
    OPERATOR_ALREADY_SUSPENDED,
    INVALID_TRACE_CODE,
    CHECK_CHARACTER_MISMATCH,
    /** A required value (certificate, destination, verdict, ...) is missing. */
    MISSING_VALUE,
    /** A text field is blank where required, longer than 200 characters or holds control characters. */
    INVALID_TEXT,
    /** An operator or batch id is not UUID text. */
    INVALID_ID,
    /** A region is not a 6-digit administrative division code. */
    INVALID_REGION,
    /** A lot number is not 1 to 20 characters of the GS1 AI (10) character set. */
    INVALID_LOT,
    /** A certificate is malformed (blank number or issuer, valid-until before issued-on). */
    INVALID_CERTIFICATE,
    /** A species was given for a category other than livestock. */
    SPECIES_NOT_APPLICABLE,
    /** Origin exit from a batch that is no longer REGISTERED (already left, admitted elsewhere, ...). */
    NOT_REGISTERED,
    /** Slaughter of a livestock batch that is not counted in head (meat, not live animals). */
    NOT_LIVE_ANIMALS,
    /** Slaughter of pigs, cattle or sheep without a complete β-agonist test. */
    BETA_AGONIST_TEST_REQUIRED,
    /** An expiry date before the production date. */
    EXPIRY_BEFORE_PRODUCTION,
    /** A command that lists no parts, outputs or inputs, or names the same batch twice. */
    INVALID_COMPOSITION
}
