package com.claimboard.claim.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The span properties on texts no corpus holds: random runs of the pieces that trouble a splitter (marks of
 * every kind, abbreviations, quotes and brackets left open, addresses, time stamps, odd spaces, surrogate pairs,
 * line ends of all kinds). Seeded, so a failure names the seed that reproduces it.
 */
class SplitterPropertiesTest {

    private static final List<String> PIECES = List.of(
            "Le",
            "ministre",
            "a",
            "dit",
            "the",
            "minister",
            "said",
            "que",
            "that",
            "Il",
            "He",
            "Elle",
            "She",
            "I",
            "and",
            "et",
            "M.",
            "Mme",
            "Dr.",
            "Mr.",
            "U.S.",
            "J.-C.",
            "J.",
            "K.",
            "av.",
            "etc.",
            "Inc.",
            "No.",
            "p.",
            "art.",
            "e.g.",
            "par ex.",
            ".",
            ".",
            "!",
            "?",
            "?!",
            "...",
            "..",
            "…",
            " . . . ",
            ",",
            ";",
            ":",
            "«",
            "»",
            "« ",
            " »",
            "“",
            "”",
            "\"",
            "'",
            "‹",
            "›",
            "(",
            ")",
            "[",
            "]",
            "—",
            "–",
            "-",
            "--",
            "---",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            " ",
            "  ",
            "\u00a0",
            "\u202f",
            "http://example.com/a.b",
            "www.exemple.fr",
            "jo@example.org",
            "<x@y.fr>",
            ":-)",
            ":P",
            "Hi,",
            "Dear all,",
            "Bonjour,",
            "Thanks,",
            "Regards,",
            "12h30",
            "3.5",
            "1,000",
            "1.000",
            "10 %",
            "$4",
            "08/16/2000 03:14 PM",
            "Kay Mann 04/26/2001",
            "😀",
            "X.",
            "Ils",
            "The",
            "Une",
            "a déclaré le Kremlin.",
            "selon l'Insee",
            "according to the Bank",
            "==",
            "***",
            "___");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void spans_hold_for_any_text(long seed) {
        String text = randomText(new SplittableRandom(seed));

        SpanProperties.check(text, new ClaimSplitter().split(text, null));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_line_is_scored_once(long seed) {
        String text = randomText(new SplittableRandom(seed)).replace("\r", "");

        List<ClaimCandidate> cards = new ClaimSplitter().scoreLines(text, null);

        assertThat(cards)
                .hasSize((int) text.lines().filter(line -> !line.isBlank()).count());
        cards.forEach(
                card -> assertThat(text.substring(card.start(), card.end())).isEqualTo(card.text()));
    }

    /** Texts a hostile page or a careless paste can hold: long runs that once took minutes or blew the stack. */
    @ParameterizedTest(name = "{0}")
    @Timeout(60) // against a hang only: each takes well under a second
    @ValueSource(strings = {"J. ", "Abc ", "( a. ) b ", "a, ", "x) ", "Hi, ", "@@ ", "« ", "PARIS (AFP) - ", "a.a."})
    void hostile_runs_are_split_into_bounded_cards(String piece) {
        String text = piece.repeat(200_000 / piece.length()) + "said the minister.";

        List<ClaimCandidate> cards = new ClaimSplitter().split(text, null);

        SpanProperties.check(text, cards);
        assertThat(cards)
                .allSatisfy(
                        card -> assertThat(card.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(1, 120);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
