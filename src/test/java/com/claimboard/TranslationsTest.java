package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text is translated: French and English have the same keys; every key the code names exists; no key is
 * put together at the place it is shown (a typo there would only show in use); and every key an enum gives (its
 * states, actions, reasons, ratings…) exists for every one of its values.
 */
class TranslationsTest {

    /** A string in the code that looks like a translation key: lower-case words joined by dots. */
    private static final Pattern KEY_LIKE = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z][a-zA-Z0-9_-]*)+)\"");

    /** A key glued together where it is used: a literal followed by "+", passed to a translating call. */
    private static final Pattern GLUED = Pattern.compile("(?:getTranslation\\(|DomainRuleViolation\\("
            + "|(?:Messages\\.(?:success|error)|Badges\\.emptyState|ReasonDialog\\.open)\\(\\s*\\w+\\s*,"
            + "|rule\\([^,;]+,)\\s*\"[^\"]*\"\\s*\\+");

    private static final String WORKSPACE = "vaadin-i18n/translations.properties";
    private static final String PUBLIC_SITE = "messages.properties";

    @Test
    void workspace_translations_have_the_same_keys_in_french_and_english() throws IOException {
        assertThat(keys("vaadin-i18n/translations_fr.properties")).isEqualTo(keys(WORKSPACE));
    }

    @Test
    void public_site_messages_have_the_same_keys_in_french_and_english() throws IOException {
        assertThat(keys("messages_fr.properties")).isEqualTo(keys(PUBLIC_SITE));
    }

    @Test
    void every_key_named_in_the_code_is_translated() throws IOException {
        Set<String> known = keys(WORKSPACE);
        Set<String> prefixes =
                known.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (String source : sources("src/main/java", ".java")) {
            Matcher matcher = KEY_LIKE.matcher(source);
            while (matcher.find()) {
                String candidate = matcher.group(1);
                if (prefixes.contains(candidate.substring(0, candidate.indexOf('.')))) {
                    used.add(candidate);
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(known).containsAll(used);
    }

    @Test
    void no_key_is_glued_together_where_it_is_used() throws IOException {
        List<String> glued = new ArrayList<>();
        for (String source : sources("src/main/java", ".java")) {
            Matcher matcher = GLUED.matcher(source);
            while (matcher.find()) {
                glued.add(matcher.group());
            }
        }
        assertThat(glued)
                .as("keys built at the call site; give the enum a messageKey() instead")
                .isEmpty();
    }

    @Test
    void every_value_of_every_enum_that_gives_keys_has_its_translation() throws Exception {
        Set<String> workspace = keys(WORKSPACE);
        Set<String> publicSite = keys(PUBLIC_SITE);
        List<String> missing = new ArrayList<>();
        int walked = 0;
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.claimboard")) {
            if (!type.isEnum()) {
                continue;
            }
            Class<?> enumType = type.reflect();
            for (String methodName : List.of("messageKey", "historyKey")) {
                Method method;
                try {
                    method = enumType.getMethod(methodName);
                } catch (NoSuchMethodException none) {
                    continue;
                }
                walked++;
                for (Object value : enumType.getEnumConstants()) {
                    String key = (String) method.invoke(value);
                    if (!workspace.contains(key)) {
                        missing.add(enumType.getSimpleName() + "." + value + " → " + key);
                    }
                }
            }
        }
        for (Class<? extends Enum<?>> shownOnThePublicSite :
                List.of(com.claimboard.verdict.Rating.class, com.claimboard.source.Stance.class)) {
            for (Enum<?> value : shownOnThePublicSite.getEnumConstants()) {
                String key =
                        (String) shownOnThePublicSite.getMethod("messageKey").invoke(value);
                if (!publicSite.contains(key)) {
                    missing.add("public site: " + key);
                }
            }
        }
        assertThat(walked).as("enums walked").isGreaterThanOrEqualTo(8);
        assertThat(missing).isEmpty();
    }

    @Test
    void every_key_named_in_the_public_templates_is_translated() throws IOException {
        Set<String> known = keys(PUBLIC_SITE);
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("#\\{([a-z][\\w.-]*[\\w-])[}(]");
        for (String template : sources("src/main/resources/templates", ".html")) {
            Matcher matcher = literal.matcher(template);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    private static List<String> sources(String root, String suffix) throws IOException {
        List<String> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                contents.add(Files.readString(file));
            }
        }
        return contents;
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
