package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text is translated: French and English have the same keys, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|Messages\\.(?:success|error)|Badges\\.emptyState|DomainRuleViolation)\\((?:this,\\s*|source,\\s*)?\"([a-z][\\w.-]*[\\w-])\"");
    private static final Pattern RULE_KEY = Pattern.compile("\"((?:[a-z]+\\.)+error\\.[a-z-]+)\"");

    @Test
    void workspace_translations_have_the_same_keys_in_french_and_english() throws IOException {
        assertThat(keys("vaadin-i18n/translations_fr.properties"))
                .isEqualTo(keys("vaadin-i18n/translations.properties"));
    }

    @Test
    void public_site_messages_have_the_same_keys_in_french_and_english() throws IOException {
        assertThat(keys("messages_fr.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> known = keys("vaadin-i18n/translations.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {LITERAL_KEY, RULE_KEY}) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void every_workflow_state_rating_and_fetch_failure_has_a_label() throws IOException {
        Set<String> known = keys("vaadin-i18n/translations.properties");
        for (var state : com.claimboard.claim.ClaimState.values()) {
            assertThat(known).contains("state." + state.name());
        }
        for (var rating : com.claimboard.verdict.Rating.values()) {
            assertThat(known).contains(rating.messageKey());
            assertThat(keys("messages.properties")).contains(rating.messageKey());
        }
        for (var reason : com.claimboard.shared.fetching.FetchFailure.Reason.values()) {
            assertThat(known).contains("fetch.reason." + reason.name());
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
