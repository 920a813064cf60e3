package com.claimboard.claim.splitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture per rule of the splitter and the scorer, in French and in English. */
class SplitterRulesTest {

    private final ClaimSplitter splitter = new ClaimSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, null).stream().map(ClaimCandidate::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French titles           | M. Durand et Mme Petit ont vu MM. Lefort et Dupuis. Ils sont partis.               | 2
            French doctor           | Le Dr Martin et le Pr. Roux ont signé. Le texte part au Sénat.                     | 2
            English titles          | Mr. Smith met Mrs. Jones and Dr. Brown. They talked for an hour.                  | 2
            Companies and numbers   | Acme Inc. hired No. 5 in Jan. this year. Shares rose.                             | 2
            Initials                | J. K. Rowling and George R. R. Martin met in London. Fans cheered.                | 2
            Decimals and thousands  | Growth was 3.5 percent, or 1,000 jobs; 1.000 postes en France. It was enough.     | 2
            French percent and time | Le taux atteint 10 % à 12h30. La séance reprend à 14 h.                           | 2
            Ellipsis mid-sentence   | Il hésita… puis il signa. Le lendemain, tout changea.                            | 2
            Page and article        | Voir art. 12, p. 4 de la loi. La suite est claire.                                | 2
            Latin abbreviations     | Some cities, e.g. Lyon, i.e. big ones, grew. Others shrank.                       | 2
            Question and answer     | Est-ce vrai ? Non, c'est faux. Why? Because it is not.                            | 4
            Chevrons                | ‹ Bien sûr ! › répondit-il. Puis il partit.                                       | 2
            English curly quotes    | “We will win,” she said. “We always do.”                                          | 2
            Parentheses             | The bill (passed in 2019.) was repealed. Nobody objected.                         | 2
            Bracket closed late     | (We fly out the next day. ) Take the bus. It is cheap.                            | 3
            Two-dot ellipsis        | We went to the store.. what a day. Then we left.                                  | 2
            Spaced ellipsis         | The talks are over . . . This will not help. Nobody wins.                         | 3
            Company and bracket     | Acme Inc. (“Acme”) signed. It paid Acme Ltd. (UK) in full.                         | 2
            French abbreviations    | La ville compte 12 000 hab. en 2010, cf. l'Insee, sous la dir. de M. Roux. Voilà. | 2
            Example abbreviation    | Des villes, par ex. Lyon, ont grandi. D'autres non.                               | 2
            English greeting        | Hi, Yes the storage is still open. Ask at the desk.                               | 3
            Salutation by name      | Dear all, My name is Ana. I write about the fees.                                 | 3
            French greeting         | Bonjour, nous avons reçu votre demande. Merci.                                    | 2
            """)
    void splits_where_a_careful_editor_would(String rule, String text, int expected) {
        assertThat(sentences(text)).as(rule).hasSize(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            heading without a stop  | Un titre sans point\\nLe texte commence ici.
            list items              | - premier point\\n- second point
            caption                 | Photo : le pont de Normandie\\nLe pont a rouvert lundi.
            """)
    void a_block_boundary_ends_a_sentence(String rule, String text) {
        assertThat(sentences(text.replace("\\n", "\n"))).as(rule).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a déclaré            | La dette va baisser, a déclaré le ministre de l'Économie.        | le ministre de l'Économie
            selon                | Selon l'Insee, le chômage a reculé.                               | l'Insee
            affirme que          | Emmanuel Macron affirme que la réforme est juste.                 | Emmanuel Macron
            said after quote     | "We will not back down," said Senator Elizabeth Warren.           | Senator Elizabeth Warren
            subject said         | The White House said the talks would resume.                      | The White House
            according to         | According to the World Health Organization, cases fell.          | the World Health Organization
            told                 | Boris Johnson told reporters the deal was done.                   | Boris Johnson
            """)
    void finds_who_a_claim_is_attributed_to(String rule, String text, String speaker) {
        assertThat(splitter.split(text, null).getFirst().speaker()).as(rule).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            statistic     | Unemployment fell to 4 percent last year.                  | statistic
            statistique   | Le chômage a atteint 7 % en 2024.                          | statistic
            comparison    | Crime is higher than it has ever been in this city.        | comparison
            comparaison   | Les prix sont plus élevés qu'en Allemagne depuis un an.    | comparison
            causal        | Prices rose because the tariffs doubled import costs.      | causal
            causal fr     | Les prix ont monté à cause de la sécheresse de l'été.      | causal
            prediction    | The new plant will create jobs across the whole region.    | prediction
            law           | The Senate passed the bill on a vote of sixty to forty.    | law-or-policy
            loi           | La loi sur le renseignement a été adoptée par les députés. | law-or-policy
            opinion       | I think this is a wonderful day for all of our families.   | opinion
            hedging       | Perhaps the figures might be revised later in the year.    | hedging
            question      | Do you really believe the numbers you have just quoted?   | question
            greeting      | Thank you very much, and good evening to everyone here.   | greeting
            procedural    | Let me turn to the next question for the two of you now.  | procedural
            """)
    void gives_its_reasons(String rule, String sentence, String reason) {
        assertThat(splitter.scoreLines(sentence).getFirst().reasons()).as(rule).contains(reason);
    }
}
