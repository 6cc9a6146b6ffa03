package org.foodtrace.projections.batch;

import java.time.LocalDate;

/** The batch's certificate of record: what the receiving market checks at entry. */
public record BatchCertificate(String type, String number, String issuedBy, LocalDate issuedOn,
                               LocalDate validUntil) {
}
