package org.foodtrace.api.security;

import java.security.MessageDigest;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Recognises the regulator's token by its hash, compared in constant time; only the hash is kept in memory. */
@Component
public class RegulatorCredentials {

    private static final Logger log = LoggerFactory.getLogger(RegulatorCredentials.class);

    private final byte[] tokenHash;

    public RegulatorCredentials(RegulatorProperties properties, SecureRandom random) {
        String token = properties.regulatorToken();
        if (!StringUtils.hasText(token)) {
            token = ApiTokens.generate(random);
            log.warn("TRACE_REGULATOR_TOKEN is not set; the regulator token for this run is: {}", token);
        }
        this.tokenHash = ApiTokens.hash(token.strip());
    }

    public boolean matches(byte[] presentedHash) {
        return MessageDigest.isEqual(tokenHash, presentedHash);
    }
}
