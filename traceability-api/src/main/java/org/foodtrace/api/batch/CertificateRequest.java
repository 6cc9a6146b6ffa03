package org.foodtrace.api.batch;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.foodtrace.api.validation.Text;
import org.foodtrace.core.batch.Certificate;
import org.foodtrace.core.batch.CertificateType;

/** The certificate a batch leaves its producer with. */
public record CertificateRequest(
        @Schema(example = "ANIMAL_QUARANTINE") @NotNull CertificateType type,
        @Schema(example = "4417020012345") @NotBlank @Text String number,
        @Schema(example = "Yangdong Animal Health Station") @NotBlank @Text String issuedBy,
        @Schema(example = "2026-11-21") @NotNull LocalDate issuedOn,
        @Schema(example = "2026-11-24") LocalDate validUntil) {

    public Certificate toCertificate() {
        return new Certificate(type, number, issuedBy, issuedOn, validUntil);
    }
}
