package org.foodtrace.api.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages speak Simplified Chinese unless the visitor asks for English: with {@code ?lang=en} (kept for the rest of
 * a regulator's session, never creating one for a consumer) or with an {@code Accept-Language} that prefers
 * English over Chinese. Any other language gets the default.
 */
public class PageLocaleResolver implements LocaleResolver {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    static final String SESSION_ATTRIBUTE = PageLocaleResolver.class.getName() + ".LOCALE";
    private static final String REQUEST_ATTRIBUTE = SESSION_ATTRIBUTE + ".REQUEST";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale kept) {
            return kept;
        }
        return fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = supported(locale);
        if (supported == null) {
            return;
        }
        request.setAttribute(REQUEST_ATTRIBUTE, supported);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, supported);
        }
    }

    /** The supported locale for a requested one: any English is English, any Chinese is Simplified Chinese. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return switch (locale.getLanguage()) {
            case "en" -> Locale.ENGLISH;
            case "zh" -> DEFAULT;
            default -> null;
        };
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                Locale supported = supported(Locale.forLanguageTag(range.getRange()));
                if (supported != null) {
                    return supported;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }
}
