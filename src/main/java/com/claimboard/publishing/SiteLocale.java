package com.claimboard.publishing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a public page: {@code ?lang=fr} or {@code ?lang=en} when the address says so (each language has
 * its own address, which the {@code hreflang} alternates name and a cache can keep apart), otherwise the
 * reader's {@code Accept-Language}, otherwise English. Nothing is remembered: there is no session and no cookie.
 */
@Component("localeResolver")
class SiteLocale implements LocaleResolver {

    static final String PARAMETER = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = chosen(request);
        if (chosen != null) {
            return chosen;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // A header no browser sends: the default language, rather than an error.
            }
        }
        return Locale.ENGLISH;
    }

    /** The language the address asks for, or null when it names none (or one the site does not have). */
    static Locale chosen(HttpServletRequest request) {
        String asked = request.getParameter(PARAMETER);
        if (asked == null) {
            return null;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equalsIgnoreCase(asked.strip()))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the public site's language is chosen by its address");
    }
}
