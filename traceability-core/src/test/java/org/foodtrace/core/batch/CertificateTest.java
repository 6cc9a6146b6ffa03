package org.foodtrace.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foodtrace.core.Refusal.assertRefused;

import java.time.LocalDate;

import org.foodtrace.core.shared.RuleCode;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final Certificate QUARANTINE = new Certificate(CertificateType.ANIMAL_QUARANTINE, "4417020012345",
            "Yangdong Animal Health Station", LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-24"));

    @Test
    void isValidFromItsIssueDateThroughItsLastDay() {
        assertThat(QUARANTINE.isValidOn(LocalDate.parse("2026-11-21"))).isTrue();
        assertThat(QUARANTINE.isValidOn(LocalDate.parse("2026-11-24"))).isTrue();
    }

    @Test
    void isNotValidBeforeItIsIssuedNorAfterItsLastDay() {
        assertThat(QUARANTINE.isValidOn(LocalDate.parse("2026-11-20"))).isFalse();
        assertThat(QUARANTINE.isValidOn(LocalDate.parse("2026-11-25"))).isFalse();
        assertThat(QUARANTINE.isExpiredOn(LocalDate.parse("2026-11-25"))).isTrue();
    }

    @Test
    void aMeatQuarantineCertificateStatesNoEnd() {
        Certificate meat = Certificate.meatQuarantine("MQ-2026-0001", "slaughterhouse", LocalDate.parse("2026-11-22"));

        assertThat(meat.type()).isEqualTo(CertificateType.MEAT_QUARANTINE);
        assertThat(meat.isExpiredOn(LocalDate.parse("2030-01-01"))).isFalse();
    }

    @Test
    void cannotExpireBeforeItIsIssued() {
        assertRefused(() -> new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "C-1", "Farm",
                LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-20")), RuleCode.INVALID_CERTIFICATE);
    }

    @Test
    void needsANumberAndAnIssuer() {
        assertRefused(() -> new Certificate(CertificateType.COMPLIANCE_COMMITMENT, " ", "Farm",
                LocalDate.parse("2026-11-21"), null), RuleCode.INVALID_CERTIFICATE);
        assertRefused(() -> new Certificate(CertificateType.COMPLIANCE_COMMITMENT, "C-1", null,
                LocalDate.parse("2026-11-21"), null), RuleCode.INVALID_CERTIFICATE);
    }

    @Test
    void aBetaAgonistTestPassesOnlyWhenAllThreeAnalytesAreNegative() {
        assertThat(BetaAgonistTest.allNegative().passed()).isTrue();
        assertThat(new BetaAgonistTest(TestResult.NEGATIVE, TestResult.POSITIVE, TestResult.NEGATIVE).passed()).isFalse();
        assertRefused(() -> new BetaAgonistTest(TestResult.NEGATIVE, null, TestResult.NEGATIVE),
                RuleCode.BETA_AGONIST_TEST_REQUIRED);
    }
}
