package com.claimboard.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslationsProviderTest {

    private final Translations translations = new Translations();

    @Test
    void english_comes_first_so_any_other_language_gets_english() {
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(translations.getTranslation("claim.take", Locale.GERMAN)).isEqualTo("Take this claim");
        assertThat(translations.getTranslation("claim.take", Locale.CANADA_FRENCH))
                .isEqualTo("Prendre cette affirmation");
    }

    @Test
    void apostrophes_survive_parameters() {
        assertThat(translations.getTranslation("claim.speaker-by-context", Locale.FRENCH, "le Kremlin"))
                .isEqualTo("Dit par le Kremlin (d'après le contexte)");
    }
}
