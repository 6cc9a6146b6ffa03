package org.foodtrace.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The regulator's token: the configured one, or a random one generated and logged once at start-up. */
class RegulatorCredentialsTest {

    @Test
    void the_configured_token_and_only_it_is_the_regulator_s() {
        RegulatorCredentials credentials = new RegulatorCredentials(new RegulatorProperties("s3cret-token"),
                new SecureRandom());

        assertThat(credentials.matches(ApiTokens.hash("s3cret-token"))).isTrue();
        assertThat(credentials.matches(ApiTokens.hash("s3cret-token2"))).isFalse();
    }

    @Test
    void without_a_configured_token_a_random_one_is_generated_and_logged_once() {
        Logger logger = (Logger) LoggerFactory.getLogger(RegulatorCredentials.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            RegulatorCredentials credentials = new RegulatorCredentials(new RegulatorProperties(" "),
                    new SecureRandom());

            assertThat(log.list).hasSize(1);
            String token = (String) log.list.get(0).getArgumentArray()[0];
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(credentials.matches(ApiTokens.hash(token))).isTrue();
            assertThat(credentials.matches(ApiTokens.hash(" "))).isFalse();
        } finally {
            logger.detachAppender(log);
        }
    }
}
