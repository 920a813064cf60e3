package com.claimboard.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The workspace's texts, in English (the base file) and French. Vaadin's default provider would list only the
 * suffixed files as locales, so an English browser got French; here English is named, and comes first, which
 * makes it the choice for any language we do not have.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale != null && locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            language,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            // Apostrophes are text here ("d'après {0}"), not MessageFormat's quoting.
            return params.length == 0
                    ? pattern
                    : new MessageFormat(pattern.replace("'", "''"), language).format(params);
        } catch (MissingResourceException missing) {
            log.warn("No translation for '{}'", key);
            return "!" + key;
        }
    }
}
