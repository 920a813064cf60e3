package com.claimboard.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A passage found again where it was, where it moved, in a copy normalised differently; or said not found. */
class TextQuoteTest {

    private static final String COPY = "Road deaths fell by 4 percent last year, to 3,102.\n\n"
            + "The figures cover all roads. Road deaths fell by 4 percent in the north too.";

    private static String at(String text, TextQuote.Found found) {
        return text.substring(found.start(), found.end());
    }

    @Test
    void the_selector_keeps_the_words_their_surroundings_and_their_place() {
        int start = COPY.indexOf("fell by 4 percent last year");
        TextQuote quote = TextQuote.of(COPY, start, start + "fell by 4 percent last year".length());

        assertThat(quote.exact()).isEqualTo("fell by 4 percent last year");
        assertThat(quote.prefix()).isEqualTo("Road deaths ");
        assertThat(quote.suffix()).isEqualTo(", to 3,102.\n\nThe figures cover a");
        assertThat(quote.locate(COPY)).contains(new TextQuote.Found(start, quote.end()));
    }

    @Test
    void words_that_occur_twice_are_told_apart_by_what_surrounds_them_when_the_text_moved() {
        int second = COPY.indexOf("Road deaths fell by 4 percent in the north");
        TextQuote quote = TextQuote.of(COPY, second, second + "Road deaths fell by 4 percent".length());
        String moved = "Summary first. " + COPY;

        TextQuote.Found found = quote.locate(moved).orElseThrow();
        assertThat(at(moved, found)).isEqualTo("Road deaths fell by 4 percent");
        assertThat(moved.substring(found.end())).startsWith(" in the north");
    }

    @Test
    void a_copy_normalised_differently_still_holds_the_passage() {
        int start = COPY.indexOf("to 3,102.");
        TextQuote quote = TextQuote.of(COPY, start, COPY.indexOf("cover") + "cover".length());
        String reflowed = "Road deaths fell by 4\u00a0percent last year, to 3,102. The figures\ncover all roads.";

        TextQuote.Found found = quote.locate(reflowed).orElseThrow();
        assertThat(at(reflowed, found)).isEqualTo("to 3,102. The figures\ncover");

        TextQuote french = TextQuote.of("Il a dit \u00ab non \u00bb \u2014 deux fois.", 9, 16);
        assertThat(french.locate("Préambule. Il a dit \"non\" - deux fois.")).isEmpty();
        assertThat(french.locate("Préambule. Il a dit \u00ab non \u00bb - deux fois.")
                        .map(f -> "Préambule. Il a dit \u00ab non \u00bb - deux fois.".substring(f.start(), f.end())))
                .contains("\u00ab non \u00bb");
    }

    @Test
    void words_no_longer_in_the_copy_are_not_found_rather_than_moved() {
        int start = COPY.indexOf("3,102");
        TextQuote quote = TextQuote.of(COPY, start, start + 5);

        assertThat(quote.locate("Road deaths fell by 4 percent last year, to 3,120."))
                .isEmpty();
        assertThat(quote.locate("")).isEmpty();
    }
}
