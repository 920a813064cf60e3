package com.claimboard.claim.splitting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its claim to, when the sentence says so: an attribution after a quotation
 * ({@code "…", a déclaré le Kremlin}), a named subject with a verb of saying ({@code Kiev affirme que}), or
 * {@code selon X} / {@code according to X}.
 */
final class SpeakerFinder {

    private static final String TITLE = "(?iu:président|présidente|premier ministre|première ministre|ministre|chef"
            + "|porte-parole|secrétaire général|secrétaire|sénateur|sénatrice|député|députée|maire|général|juge"
            + "|president|prime minister|minister|spokesman|spokeswoman|spokesperson|senator|governor|mayor"
            + "|secretary|general|judge|chancellor|chancelier|chancelière)";
    private static final String PROPER =
            "(?:(?:Mr|Mrs|Ms|Dr|Mme|Mgr|Pr|Prof|Sen|Gov|Rep|Gen)\\.|\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*+)"; // a whole
    // word,
    // never a
    // piece of
    // one
    /** Java's \\b knows only ASCII letters; this ends a word after "déclaré" too. */
    private static final String END = "(?![\\p{L}\\p{M}])";

    private static final String QUALIFIER = "(?:\\s+(?:américain|américaine|russe|ukrainien|ukrainienne|français"
            + "|française|allemand|allemande|chinois|chinoise|US|American|Russian|Ukrainian|French|German))?";
    private static final String COMPLEMENT =
            "(?:\\s+(?:de|du|des|of)(?:\\s+(?:la|le|les|the))?\\s+[\\p{L}'’-]+|\\s+d['’][\\p{L}'’-]+)?";
    /** An optional article and title, then one or more capitalised words. */
    /** English puts who a title serves before it: "Kremlin spokesman", "White House press secretary". */
    private static final String TITLE_OWNER = "(?:" + PROPER + "\\s+){0,3}";

    private static final String ANY_NAME = "(?:(?:(?:[Ll]e|[Ll]a|[Ll]es|[Tt]he)\\s+|[Ll]['’])?(?:" + TITLE_OWNER + TITLE
            + QUALIFIER + "\\s+)?" + PROPER + "(?:\\s+(?:de\\s+|du\\s+|of\\s+)?" + PROPER + "){0,6}"
            + "(?!\\s+" + TITLE + ")" // "le Premier ministre" is a title, not a man called Premier
            + "|(?:[Ll]e|[Ll]a|[Tt]he)\\s+" + TITLE_OWNER + TITLE + QUALIFIER + COMPLEMENT + ")";
    /** The same, captured as group 1: who is speaking. */
    private static final String NAME = "(" + ANY_NAME + ")";

    private static final String SAID_FR = "(?:déclaré|affirmé|ajouté|indiqué|dit|annoncé|expliqué|souligné|assuré"
            + "|estimé|précisé|poursuivi|martelé|averti|répondu|confié|reconnu|rappelé|insisté|dénoncé|accusé|jugé"
            + "|exclamé|écrit|démenti|nié|promis|prévenu|déploré|affirmait|déclarait|ajoutait)";
    private static final String SAYS_FR = "(?:déclare|affirme|ajoute|indique|dit|annonce|explique|souligne|assure"
            + "|estime|précise|insiste|dénonce|accuse|juge|écrit|nie|promet|prévient|reconnaît|rappelle|martèle"
            + "|soutient|prétend|assène)";
    private static final String SAID_EN = "(?:said|says|told|added|stated|claimed|argued|insisted|warned|announced"
            + "|explained|noted|wrote|tweeted|declared|asserted|maintained|acknowledged|admitted|denied|promised"
            + "|claims|argues|insists|warns|writes|tells)";

    /** {@code …", a déclaré le Kremlin.} or {@code …", said John Smith.} */
    private static final Pattern AFTER_QUOTE =
            Pattern.compile("[\"»”]\\s*,?\\s*(?:(?:a|ont|avait|s['’]est|se sont)\\s+(?:\\p{L}+ment\\s+)?" + SAID_FR
                    + "|" + SAYS_FR + "|" + SAID_EN + ")\\s+" + NAME);
    /** {@code …, a déclaré le ministre.} at the end of a sentence, without quotation marks. */
    private static final Pattern TRAILING = Pattern.compile(",\\s*(?:(?:a|ont|avait)\\s+(?:\\p{L}+ment\\s+)?" + SAID_FR
            + "|" + SAYS_FR + "|" + SAID_EN + ")\\s+" + NAME + "\\s*[.!?…]?$");
    /** {@code …", John Smith said.} */
    private static final Pattern AFTER_QUOTE_EN = Pattern.compile("[\"”]\\s*,?\\s*" + NAME + "\\s+" + SAID_EN + END);
    /** {@code Le porte-parole du Kremlin, Dmitri Peskov, a déclaré…}: a subject with a name in apposition. */
    private static final Pattern APPOSITION = Pattern.compile("^(" + ANY_NAME + ",\\s+" + ANY_NAME
            + "),\\s+(?:(?:a|ont|avait|has|had)\\s+(?:\\p{L}+ment\\s+|also\\s+)?(?:" + SAID_FR + "|" + SAID_EN + ")|(?:"
            + SAYS_FR + "|" + SAID_EN + "))" + END);

    /** A named subject at the start of the sentence or of a main clause, then a verb of saying. */
    private static final Pattern SUBJECT =
            Pattern.compile("(?:^|,\\s+)" + NAME + "\\s+(?:(?:a|ont|avait|has|had)\\s+(?:\\p{L}+ment\\s+|also\\s+)?(?:"
                    + SAID_FR + "|" + SAID_EN + ")|(?:" + SAYS_FR + "|" + SAID_EN + "))" + END);

    private static final Pattern ACCORDING_TO =
            Pattern.compile("(?:\\b[Ss]elon|\\b[Aa]ccording to|\\b[Dd]['’]après)\\s+" + NAME);
    /** A pronoun subject with a verb of saying: the speaker is whoever spoke last. */
    private static final Pattern PRONOUN = Pattern.compile(
            "^(?:Il|Elle|Ils|Elles|He|She|They)\\s+(?:(?:a|ont|avait|has|had)\\s+(?:\\p{L}+ment\\s+|also\\s+)?(?:"
                    + SAID_FR + "|" + SAID_EN + ")|(?:" + SAYS_FR + "|" + SAID_EN + "))" + END);

    private static final java.util.Set<String> PRONOUNS =
            java.util.Set.of("Il", "Elle", "Ils", "Elles", "On", "Nous", "Je", "He", "She", "They", "It", "We", "I");

    private static final Pattern FULL_QUOTE = Pattern.compile("^[\"«“].*[\"»”][.!?…]?$", Pattern.DOTALL);

    String speakerOf(String sentence, Words words) {
        boolean quote = isQuotation(sentence) || sentence.indexOf('”') >= 0 || sentence.indexOf('»') >= 0;
        boolean comma = sentence.indexOf(',') >= 0;
        String lower = words.lower();
        boolean accordingTo = lower.contains("selon") || lower.contains("according to") || lower.contains("après");
        boolean saying = words.containsAny(SAYING_WORDS);
        Pattern[] patterns = {
            quote && saying ? AFTER_QUOTE : null,
            quote && saying ? AFTER_QUOTE_EN : null,
            comma && saying ? TRAILING : null,
            comma && saying ? APPOSITION : null,
            saying ? SUBJECT : null,
            accordingTo ? ACCORDING_TO : null
        };
        for (Pattern pattern : patterns) {
            if (pattern == null) {
                continue; // the cue this pattern needs is not in the sentence
            }
            Matcher matcher = pattern.matcher(sentence);
            while (matcher.find()) {
                String name = matcher.group(1).strip();
                if (!PRONOUNS.contains(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Who a pronoun or a name can stand for: used to tell whether "Il a déclaré" points to one speaker only. */
    enum Kind {
        MASCULINE,
        FEMININE,
        PLURAL,
        UNKNOWN;

        boolean agreesWith(Kind pronoun) {
            return this == UNKNOWN || this == pronoun;
        }
    }

    private static final Pattern FEMININE = Pattern.compile("^(?:[Ll]a\\s|Mme\\b|Mrs\\b|Ms\\b|Miss\\b|Madame\\b)"
            + "|(?:présidente|première ministre|sénatrice|députée|chancelière|spokeswoman|chairwoman|congresswoman)"
            + END);
    private static final Pattern MASCULINE = Pattern.compile("^(?:[Ll]e\\s|M\\.\\s|Mr\\b|Monsieur\\b)"
            + "|(?:président|premier ministre|sénateur|député|chancelier|spokesman|chairman|congressman)" + END);

    /** Every verb of saying the patterns know, to skip them all on a sentence that has none (most sentences). */
    private static final java.util.Set<String> SAYING_WORDS =
            java.util.Set.copyOf(java.util.Arrays.stream((SAID_FR + "|" + SAYS_FR + "|" + SAID_EN)
                            .replace("(?:", "")
                            .replace(")", "")
                            .split("\\|"))
                    .toList());

    /** The sentence refers back to an earlier speaker ("Il a déclaré…"): the kind of its pronoun, or null. */
    Kind referenceBack(String sentence) {
        Matcher matcher = PRONOUN.matcher(sentence);
        if (!matcher.find()) {
            return null;
        }
        return switch (sentence.substring(0, sentence.indexOf(' ')).strip()) {
            case "Il", "He" -> Kind.MASCULINE;
            case "Elle", "She" -> Kind.FEMININE;
            default -> Kind.PLURAL;
        };
    }

    /** What a speaker's name says of them: "la ministre" is a woman, "les syndicats" are several. */
    Kind kindOf(String speaker) {
        if (speaker.startsWith("les ") || speaker.startsWith("Les ")) {
            return Kind.PLURAL;
        }
        if (FEMININE.matcher(speaker).find()) {
            return Kind.FEMININE;
        }
        return MASCULINE.matcher(speaker).find() ? Kind.MASCULINE : Kind.UNKNOWN;
    }

    /** The sentence is a quotation and nothing else, as when a quote runs on from the paragraph before. */
    boolean isBareQuotation(String sentence) {
        return FULL_QUOTE.matcher(sentence.strip()).matches();
    }

    boolean isQuotation(String sentence) {
        return sentence.indexOf('"') >= 0 || sentence.indexOf('«') >= 0 || sentence.indexOf('“') >= 0;
    }
}
