package org.foodtrace.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.foodtrace.core.batch.BatchStatus;
import org.foodtrace.core.batch.Category;
import org.foodtrace.core.batch.CertificateType;
import org.foodtrace.core.batch.Derivation;
import org.foodtrace.core.operator.OperatorKind;
import org.foodtrace.projections.trace.JourneyStepKind;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, and every name the pages translate has its text. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
    }

    @Test
    void theChineseBundleResolvesToTheDefaultTexts() throws IOException {
        assertThat(load("messages_zh_CN.properties")).isEmpty();
        assertThat(PageLocaleResolver.DEFAULT).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyNameThePagesTranslateHasAText() throws IOException {
        Properties zh = load("messages.properties");
        for (Category category : Category.values()) {
            assertThat(zh).containsKey("category." + category);
        }
        for (CertificateType type : CertificateType.values()) {
            assertThat(zh).containsKey("certificate." + type);
        }
        for (JourneyStepKind step : JourneyStepKind.values()) {
            assertThat(zh).containsKey("step." + step);
        }
        for (BatchStatus status : BatchStatus.values()) {
            assertThat(zh).containsKey("status." + status);
        }
        for (OperatorKind kind : OperatorKind.values()) {
            assertThat(zh).containsKey("kind." + kind);
        }
        for (Derivation derivation : Derivation.values()) {
            assertThat(zh).containsKey("derivation." + derivation);
        }
    }

    @Test
    void picksTheLanguageFromAcceptLanguage() {
        assertThat(PageLocaleResolver.fromAcceptLanguage(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PageLocaleResolver.fromAcceptLanguage("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(PageLocaleResolver.fromAcceptLanguage("zh-TW,en;q=0.5")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PageLocaleResolver.fromAcceptLanguage("de-DE,en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(PageLocaleResolver.fromAcceptLanguage("de-DE")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PageLocaleResolver.fromAcceptLanguage(";;;")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
