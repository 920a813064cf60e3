package com.claimboard.claim.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClaimSplitterTest {

    private final ClaimSplitter splitter = new ClaimSplitter();

    @Test
    void seed_article_splits_into_the_ten_expected_cards_with_exact_spans() throws IOException {
        String text = resource("seed/seed-article.txt");
        JsonNode expected = JsonMapper.builder().build().readTree(resource("seed/expected-claims.json"));

        List<ClaimCandidate> cards = splitter.split(text, "fr");

        assertThat(cards).hasSize(expected.get("cards").size());
        for (int i = 0; i < cards.size(); i++) {
            JsonNode card = expected.get("cards").get(i);
            assertThat(cards.get(i).start())
                    .as("start of card %d", i)
                    .isEqualTo(card.get("start").asInt());
            assertThat(cards.get(i).end())
                    .as("end of card %d", i)
                    .isEqualTo(card.get("end").asInt());
            assertThat(cards.get(i).text()).isEqualTo(card.get("text").asString());
        }
    }

    @Test
    void seed_article_speakers_match_the_expected_ones() throws IOException {
        String text = resource("seed/seed-article.txt");
        JsonNode expected = JsonMapper.builder().build().readTree(resource("seed/expected-claims.json"));

        List<ClaimCandidate> cards = splitter.split(text, "fr");

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            JsonNode card = expected.get("cards").get(i);
            String wanted = card.has("speaker")
                    ? card.get("speaker").asString()
                    : card.has("speakerByContext")
                            ? card.get("speakerByContext").asString()
                            : null;
            String found = cards.get(i).speaker();
            boolean byContext = card.has("speakerByContext");
            // As the file says: a match ignores case.
            boolean matches = (found == null ? wanted == null : found.equalsIgnoreCase(wanted))
                    && (found == null || cards.get(i).speakerByContext() == byContext);
            if (!matches) {
                mismatches.add(i + ": wanted " + wanted + (byContext ? " (by context)" : "") + ", found " + found);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void a_quotation_stays_with_its_attribution() {
        String text = "« Nous ne céderons pas ! » s'est exclamé le ministre. Le débat reprend demain.";

        List<ClaimCandidate> cards = splitter.split(text, "fr");

        assertThat(cards)
                .extracting(ClaimCandidate::text)
                .containsExactly("« Nous ne céderons pas ! » s'est exclamé le ministre.", "Le débat reprend demain.");
    }

    @Test
    void a_quotation_in_straight_quotes_stays_whole_with_its_attribution() {
        String english = "\"Prices will fall. Wages will rise,\" said Tom Baker. The market opens at nine.";
        String french =
                "\"Les prix vont baisser. Les salaires vont monter\", a déclaré Tom Baker. Le marché ouvre à neuf heures.";

        assertThat(splitter.split(english, "en"))
                .extracting(ClaimCandidate::text, ClaimCandidate::speaker)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "\"Prices will fall. Wages will rise,\" said Tom Baker.", "Tom Baker"),
                        org.assertj.core.groups.Tuple.tuple("The market opens at nine.", null));
        assertThat(splitter.split(french, "fr"))
                .extracting(ClaimCandidate::speaker)
                .containsExactly("Tom Baker", null);
    }

    @Test
    void a_quotation_interrupted_by_its_attribution_gives_one_card_per_sentence_each_attributed() {
        String english = "Anne Roux spoke first. \"Prices will fall,\" she said. \"Wages will rise.\"";
        String french =
                "Anne Roux a pris la parole. « Les prix vont baisser », a-t-elle dit. « Les salaires vont monter. »";

        for (String text : List.of(english, french)) {
            List<ClaimCandidate> cards = splitter.split(text, null);
            assertThat(cards).as(text).hasSize(3);
            assertThat(cards.get(1).speaker()).as(text).isEqualTo("Anne Roux");
            assertThat(cards.get(2).speaker()).as(text).isEqualTo("Anne Roux");
            assertThat(cards.get(2).speakerByContext()).isTrue();
        }
    }

    @Test
    void a_quotation_over_sentences_and_paragraphs_is_its_attribution_s_wherever_that_stands() {
        String english = "\"The dam is safe. We tested it twice.\n\n\"Nobody was at risk,\" said engineer Carla Diaz.";
        String french =
                "« Le barrage est sûr. Nous l'avons testé deux fois.\n\n« Personne n'était en danger », a déclaré "
                        + "l'ingénieure Carla Diaz.";

        for (String text : List.of(english, french)) {
            List<ClaimCandidate> cards = splitter.split(text, null);
            assertThat(cards).as(text).extracting(ClaimCandidate::speaker).containsOnly("Carla Diaz");
            assertThat(cards.getFirst().speakerByContext()).isTrue();
            assertThat(cards.getLast().speakerByContext()).isFalse();
        }
    }

    @Test
    void a_person_is_named_without_titles_and_an_office_by_its_title() {
        assertThat(splitter.split("Le chômage a baissé de 12 %, a déclaré le ministre.", "fr")
                        .getFirst()
                        .speaker())
                .isEqualTo("le ministre");
        assertThat(splitter.split("Selon le président Emmanuel Macron, la dette va baisser.", "fr")
                        .getFirst()
                        .speaker())
                .isEqualTo("Emmanuel Macron");
        assertThat(splitter.split("\"We will win,\" said John Smith.", "en")
                        .getFirst()
                        .speaker())
                .isEqualTo("John Smith");
        assertThat(splitter.split("According to the World Bank, growth slowed.", "en")
                        .getFirst()
                        .speaker())
                .isEqualTo("the World Bank");
    }

    @Test
    void a_pronoun_goes_to_the_last_speaker_it_agrees_with() {
        String french = "La ministre Anne Roux a déclaré que la dette baisserait. Le maire Jean Dupont a affirmé "
                + "que la ville paierait. Elle a ajouté que l'État aiderait.";
        String english = "Mrs. Jane Smith said the debt would fall. Mr. John Doe, the mayor, said the city would pay. "
                + "She added that the state would help.";

        assertThat(splitter.split(french, "fr").getLast().speaker()).isEqualTo("Anne Roux");
        assertThat(splitter.split(english, "en").getLast().speaker()).isEqualTo("Mrs. Jane Smith");
    }

    @Test
    void a_pronoun_that_agrees_with_no_recent_speaker_is_left_unattributed() {
        String french = "La ministre Anne Roux a déclaré que la dette baisserait. Il a ajouté que l'État aiderait.";
        String english = "Mrs. Jane Smith said the debt would fall. He added that the state would help.";

        assertThat(splitter.split(french, "fr").getLast().speaker()).isNull();
        assertThat(splitter.split(english, "en").getLast().speaker()).isNull();
    }

    @Test
    void titles_and_initials_do_not_end_a_sentence() {
        String text = "M. Dupont a rencontré J. K. Rowling hier. Mr. Smith said the U.S. economy grew 3.5 percent.";

        List<ClaimCandidate> cards = splitter.split(text, "en");

        assertThat(cards)
                .extracting(ClaimCandidate::text)
                .containsExactly(
                        "M. Dupont a rencontré J. K. Rowling hier.",
                        "Mr. Smith said the U.S. economy grew 3.5 percent.");
    }

    @Test
    void every_card_is_exactly_its_span_of_the_text() throws IOException {
        String text =
                resource("seed/seed-article.txt") + "\n\nA heading without a full stop\nAnd a line. Then another!";

        for (ClaimCandidate card : splitter.split(text, null)) {
            assertThat(text.substring(card.start(), card.end())).isEqualTo(card.text());
        }
    }

    @Test
    void statistics_and_quotations_rank_above_greetings() {
        List<ClaimCandidate> cards = splitter.scoreLines(
                "Thank you very much.\nUnemployment fell by 12 percent last year, the lowest since 1990.", "en");

        assertThat(cards.get(1).checkworthiness()).isGreaterThan(cards.get(0).checkworthiness());
        assertThat(cards.get(1).reasons()).contains(CheckworthinessReason.STATISTIC, CheckworthinessReason.COMPARISON);
    }

    @Test
    void a_figure_with_its_unit_weighs_more_than_a_bare_number_or_a_promise() {
        List<ClaimCandidate> cards = splitter.scoreLines(
                String.join(
                        "\n",
                        "We will build the new bridge across the river in 2027 for everyone.",
                        "The state spent 300 million dollars on the new bridge across the river.",
                        "The new bridge across the river was opened in 2019 by the governor."),
                "en");

        assertThat(cards.get(1).checkworthiness()).isGreaterThan(cards.get(2).checkworthiness());
        assertThat(cards.get(2).checkworthiness()).isGreaterThan(cards.get(0).checkworthiness());
        assertThat(cards.get(0).reasons()).contains(CheckworthinessReason.PREDICTION);
    }

    @Test
    void a_quotation_of_several_sentences_stays_with_its_attribution() {
        String text = "« Nous avons tout essayé. Rien n'a marché. », a reconnu le maire. La séance est levée.";

        assertThat(splitter.split(text, "fr"))
                .extracting(ClaimCandidate::text)
                .containsExactly(
                        "« Nous avons tout essayé. Rien n'a marché. », a reconnu le maire.", "La séance est levée.");
    }

    @Test
    void careless_web_text_is_still_split() {
        String text = "where did you grow up? india? i am going out tonight. call me :-) Posted by darin";

        assertThat(splitter.split(text, "en"))
                .extracting(ClaimCandidate::text)
                .containsExactly(
                        "where did you grow up?",
                        "india?",
                        "i am going out tonight.",
                        "call me :-)",
                        "Posted by darin");
    }

    @Test
    void abbreviations_numbers_urls_and_ellipses_stay_inside_sentences() {
        String text = "Le budget (art. 12, p. 4) prévoit 1.000 postes, soit 10 % de plus, etc. et la suite… "
                + "elle viendra. See www.example.com/a.html or mail jo@example.org for details. The U.S. and U.K. agreed.";

        assertThat(splitter.split(text, null))
                .extracting(ClaimCandidate::text)
                .containsExactly(
                        "Le budget (art. 12, p. 4) prévoit 1.000 postes, soit 10 % de plus, etc. et la suite… elle viendra.",
                        "See www.example.com/a.html or mail jo@example.org for details.", "The U.S. and U.K. agreed.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ud/fr_sequoia-sample.txt",
                "ud/fr_gsd-sample.txt",
                "ud/en_ewt-sample.txt",
                "seed/seed-article.txt"
            })
    void spans_are_in_order_without_overlap_and_cover_all_non_blank_text(String file) throws IOException {
        assertCoverage(resource(file));
    }

    @Test
    void spans_cover_the_whole_shared_corpus_when_it_is_there() throws IOException {
        Path corpus = Path.of("../shared/corpus/ud");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is not beside the project");
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".conllu")).toList()) {
                StringBuilder text = new StringBuilder();
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("# text = ")) {
                        text.append(line.substring(9)).append(line.hashCode() % 7 == 0 ? "\n" : " ");
                    }
                }
                assertCoverage(text.toString());
            }
        }
    }

    /** The properties every split has: in order, no overlap, exact substrings, nothing non-blank left out. */
    private void assertCoverage(String text) {
        SpanProperties.check(text, splitter.split(text, null));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ClaimSplitterTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
