package org.foodtrace.api.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Answers who the filter chain says the caller is. */
@RestController
class SecuredProbeController {

    @GetMapping("/api/v1/whoami")
    Caller whoami(@AuthenticationPrincipal Caller caller) {
        return caller;
    }
}
