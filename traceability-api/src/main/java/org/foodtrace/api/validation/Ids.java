package org.foodtrace.api.validation;

import java.util.Locale;
import java.util.UUID;

import org.foodtrace.api.error.ApiProblem;

/** Ids as the domain keeps them: canonical lower-case UUID text. */
public final class Ids {

    private Ids() {
    }

    /** Canonical form of an id the request body carried (already checked by {@link Uuid}). */
    public static String canonical(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }

    /** Canonical form of an id in the path; anything that is no UUID names nothing here, so 404. */
    public static String fromPath(String id) {
        try {
            String canonical = UUID.fromString(id).toString();
            if (!canonical.equalsIgnoreCase(id)) {
                throw new IllegalArgumentException(id);
            }
            return canonical;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("No such id.");
        }
    }
}
