package org.foodtrace.api.recall;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where an operator receives recall notifications: an absolute http or https URL without user information. */
public record WebhookRequest(@NotBlank @Size(max = 2048) String url) {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    @AssertTrue(message = "must be an absolute http or https URL with a host and no user information")
    public boolean isUrlUsable() {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
