package org.foodtrace.api.web.trace;

import java.util.Locale;

import org.foodtrace.api.web.PageLocaleResolver;
import org.springframework.util.StringUtils;

/** The {@code lang} parameter a consumer page carries on to its links, or null when none was asked for. */
final class LanguageParameter {

    private LanguageParameter() {
    }

    static String of(String lang) {
        if (lang == null || lang.isBlank() || lang.length() > 16) {
            return null;
        }
        Locale supported;
        try {
            supported = PageLocaleResolver.supported(StringUtils.parseLocale(lang));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return supported == null ? null : supported.toLanguageTag();
    }
}
