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

    /**
     * Each rule of the sentence splitter, once in French and once in English: the text, then the sentences
     * expected, separated by {@code ‖}.
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            titles                 | fr | M. Durand et Mme Petit ont vu MM. Lefort. Ils sont partis.          | M. Durand et Mme Petit ont vu MM. Lefort. ‖ Ils sont partis.
            titles                 | en | Mr. Smith met Mrs. Jones and Dr. Brown. They talked.                | Mr. Smith met Mrs. Jones and Dr. Brown. ‖ They talked.
            ranks and offices      | fr | Le Dr Martin et le Pr. Roux ont vu Mgr. Petit. Le texte part.      | Le Dr Martin et le Pr. Roux ont vu Mgr. Petit. ‖ Le texte part.
            ranks and offices      | en | Prof. Brown and Gen. Lee met Sen. Warren. They left.               | Prof. Brown and Gen. Lee met Sen. Warren. ‖ They left.
            companies and numbers  | fr | La Cie a signé l'art. 12 et le no. 5 en janv. dernier. Le titre monte. | La Cie a signé l'art. 12 et le no. 5 en janv. dernier. ‖ Le titre monte.
            companies and numbers  | en | Acme Inc. hired No. 5 in Jan. this year. Shares rose.              | Acme Inc. hired No. 5 in Jan. this year. ‖ Shares rose.
            company at the end     | fr | Le contrat lie Acme Inc. Le groupe paie.                           | Le contrat lie Acme Inc. ‖ Le groupe paie.
            company at the end     | en | The deal was signed by Acme Inc. The group pays.                   | The deal was signed by Acme Inc. ‖ The group pays.
            company and bracket    | fr | Acme Inc. (« Acme ») a signé. Elle a payé.                         | Acme Inc. (« Acme ») a signé. ‖ Elle a payé.
            company and bracket    | en | Acme Inc. (“Acme”) signed. It paid Acme Ltd. (UK) in full.         | Acme Inc. (“Acme”) signed. ‖ It paid Acme Ltd. (UK) in full.
            initials               | fr | Le livre de J.-M. G. Le Clézio est sorti. Il plaît.                | Le livre de J.-M. G. Le Clézio est sorti. ‖ Il plaît.
            initials               | en | J. K. Rowling and George R. R. Martin met. Fans cheered.           | J. K. Rowling and George R. R. Martin met. ‖ Fans cheered.
            dotted initialisms     | fr | Les É.-U. et l'O.N.U. ont signé. La paix suit.                     | Les É.-U. et l'O.N.U. ont signé. ‖ La paix suit.
            dotted initialisms     | en | The U.S. and U.K. agreed, i.e. both did. Talks ended.              | The U.S. and U.K. agreed, i.e. both did. ‖ Talks ended.
            letter ending          | fr | Le trône passe à Dagobert I. Ils la donnent. Mac OS X. Une version suit. | Le trône passe à Dagobert I. ‖ Ils la donnent. ‖ Mac OS X. ‖ Une version suit.
            letter ending          | en | It comes after X. So it is because of X. He knew.                  | It comes after X. ‖ So it is because of X. ‖ He knew.
            initials ending        | fr | Il meurt en 493 av. J.-C. Il avait 60 ans. Voir M. Le Pen.         | Il meurt en 493 av. J.-C. ‖ Il avait 60 ans. ‖ Voir M. Le Pen.
            letter before a year   | fr | Le modèle est de type B. En 2010, il change.                       | Le modèle est de type B. ‖ En 2010, il change.
            initials ending        | en | He moved to the U.S. The move paid. W. E. B. Du Bois agreed.      | He moved to the U.S. ‖ The move paid. ‖ W. E. B. Du Bois agreed.
            decimals and thousands | fr | La hausse atteint 1,5 % et 1.000 postes. C'est assez.              | La hausse atteint 1,5 % et 1.000 postes. ‖ C'est assez.
            decimals and thousands | en | Growth was 3.5 percent, or 1,000 jobs. It was enough.              | Growth was 3.5 percent, or 1,000 jobs. ‖ It was enough.
            percent and time       | fr | Le taux atteint 10 % à 12h30. La séance reprend à 14 h.            | Le taux atteint 10 % à 12h30. ‖ La séance reprend à 14 h.
            percent and time       | en | Rates hit 10% at 9.30 a.m. on Monday. Markets fell.                | Rates hit 10% at 9.30 a.m. on Monday. ‖ Markets fell.
            ellipsis going on      | fr | Il hésita… puis il signa. Le lendemain, tout changea.              | Il hésita… puis il signa. ‖ Le lendemain, tout changea.
            ellipsis going on      | en | He paused... then he signed. The next day, all changed.            | He paused... then he signed. ‖ The next day, all changed.
            ellipsis ending        | fr | Il attendit… Personne ne vint.                                     | Il attendit… ‖ Personne ne vint.
            ellipsis ending        | en | We waited... Nobody came.                                          | We waited... ‖ Nobody came.
            two-dot ellipsis       | fr | On est allés au marché.. quelle journée. Puis on est partis.       | On est allés au marché.. quelle journée. ‖ Puis on est partis.
            two-dot ellipsis       | en | We went to the store.. what a day. Then we left.                   | We went to the store.. what a day. ‖ Then we left.
            spaced ellipsis        | fr | Les discussions sont finies . . . Rien ne change.                  | Les discussions sont finies . . . ‖ Rien ne change.
            spaced ellipsis        | en | The talks are over . . . This will not help.                       | The talks are over . . . ‖ This will not help.
            pages and articles     | fr | Voir art. 12, p. 4 de la loi. La suite est claire.                 | Voir art. 12, p. 4 de la loi. ‖ La suite est claire.
            pages and articles     | en | See p. 4 and pp. 10-12 of the report. The rest is clear.           | See p. 4 and pp. 10-12 of the report. ‖ The rest is clear.
            Latin and examples     | fr | Des villes, par ex. Lyon, cf. l'Insee, ont grandi. D'autres non.   | Des villes, par ex. Lyon, cf. l'Insee, ont grandi. ‖ D'autres non.
            Latin and examples     | en | Some cities, e.g. Lyon, i.e. big ones, grew. Others shrank.        | Some cities, e.g. Lyon, i.e. big ones, grew. ‖ Others shrank.
            abbreviations of use   | fr | La ville compte 12 000 hab. en 2010, sous la dir. de M. Roux. Voilà. | La ville compte 12 000 hab. en 2010, sous la dir. de M. Roux. ‖ Voilà.
            abbreviations of use   | en | The firm, est. 1990, moved to Elm Ave. near Main St. in May. It grew. | The firm, est. 1990, moved to Elm Ave. near Main St. in May. ‖ It grew.
            questions and shouts   | fr | Est-ce vrai ? Non, c'est faux ! Bien sûr.                          | Est-ce vrai ? ‖ Non, c'est faux ! ‖ Bien sûr.
            questions and shouts   | en | Is it true? No, it is false! Of course.                            | Is it true? ‖ No, it is false! ‖ Of course.
            quote and attribution  | fr | « Nous gagnerons ! » s'est exclamé le ministre. Puis il partit.    | « Nous gagnerons ! » s'est exclamé le ministre. ‖ Puis il partit.
            quote and attribution  | en | “We will win!” she said. “We always do.”                           | “We will win!” she said. ‖ “We always do.”
            straight quotes        | fr | "Nous ne céderons pas.", a déclaré le Kremlin. La réunion suit.    | "Nous ne céderons pas.", a déclaré le Kremlin. ‖ La réunion suit.
            straight quotes        | en | "We will not yield." That was all. "Never."                        | "We will not yield." ‖ That was all. ‖ "Never."
            chevrons               | fr | ‹ Bien sûr ! › répondit-il. Puis il partit.                        | ‹ Bien sûr ! › répondit-il. ‖ Puis il partit.
            chevrons               | en | ‹ Of course! › he replied. Then he left.                           | ‹ Of course! › he replied. ‖ Then he left.
            quoted sentences       | fr | « Nous avons gagné. Nous continuerons. », a dit le maire. La salle applaudit. | « Nous avons gagné. Nous continuerons. », a dit le maire. ‖ La salle applaudit.
            quoted sentences       | en | “We won. We will go on,” the mayor said. The room cheered.         | “We won. We will go on,” the mayor said. ‖ The room cheered.
            parentheses            | fr | La loi (votée en 2019.) a été abrogée. Personne ne proteste.       | La loi (votée en 2019.) a été abrogée. ‖ Personne ne proteste.
            parentheses            | en | The bill (passed in 2019.) was repealed. Nobody objected.          | The bill (passed in 2019.) was repealed. ‖ Nobody objected.
            bracket closed late    | fr | (Nous partons le lendemain. ) Prenez le bus.                       | (Nous partons le lendemain. ) ‖ Prenez le bus.
            bracket closed late    | en | (We fly out the next day. ) Take the bus.                          | (We fly out the next day. ) ‖ Take the bus.
            web addresses and mail | fr | Écrivez à redaction@exemple.fr ou voyez www.exemple.fr/a.b demain. Merci. | Écrivez à redaction@exemple.fr ou voyez www.exemple.fr/a.b demain. ‖ Merci.
            web addresses and mail | en | Mail jo@example.org or see https://example.com/a.html today. Thanks. | Mail jo@example.org or see https://example.com/a.html today. ‖ Thanks.
            greeting               | fr | Chère Madame, Nous avons reçu votre demande. Merci.                | Chère Madame, ‖ Nous avons reçu votre demande. ‖ Merci.
            greeting               | en | Hi, Yes the storage is still open. Ask at the desk.                | Hi, ‖ Yes the storage is still open. ‖ Ask at the desk.
            greeting going on      | fr | Bonjour, nous avons reçu votre demande. Merci.                     | Bonjour, nous avons reçu votre demande. ‖ Merci.
            greeting going on      | en | Hello, we have your request. Thanks.                               | Hello, we have your request. ‖ Thanks.
            question after dots    | fr | et le centre-ville...? genre la rue principale ?                    | et le centre-ville...? ‖ genre la rue principale ?
            question after dots    | en | what about downtown...? like 4th street?                           | what about downtown...? ‖ like 4th street?
            address after a stop   | fr | Les photos sont superbes... http://exemple.fr/photos               | Les photos sont superbes... ‖ http://exemple.fr/photos
            address after a stop   | en | They are pretty cool... http://example.com/pictures                | They are pretty cool... ‖ http://example.com/pictures
            signature delimiter    | fr | Rien de plus à ajouter. -- Publié par Anne le 3 mai                | Rien de plus à ajouter. ‖ -- ‖ Publié par Anne le 3 mai
            signature delimiter    | en | Nothing more to add. -- Posted by Anne on May 3                    | Nothing more to add. ‖ -- ‖ Posted by Anne on May 3
            dash inside a sentence | en | Thank you -- I was wondering about the tax.                        | Thank you -- I was wondering about the tax.
            wire dateline          | fr | PARIS (AFP) - Le gouvernement a annoncé une hausse. Elle suit.     | PARIS (AFP) - ‖ Le gouvernement a annoncé une hausse. ‖ Elle suit.
            wire dateline          | en | WASHINGTON (Reuters) — The Senate passed the bill. It goes on.     | WASHINGTON (Reuters) — ‖ The Senate passed the bill. ‖ It goes on.
            source credit          | fr | Le Hamas a gagné. (Le Monde) Le groupe veut parler.                | Le Hamas a gagné. ‖ (Le Monde) ‖ Le groupe veut parler.
            source credit          | en | Hamas won. (Jerusalem Post) The group said it would talk.         | Hamas won. ‖ (Jerusalem Post) ‖ The group said it would talk.
            aside, not a credit    | en | (I think) It works. (See below) It is cheap.                       | (I think) It works. ‖ (See below) It is cheap.
            title glued to text    | fr | Très Bon Accueil Nous avons passé une semaine ici.                 | Très Bon Accueil ‖ Nous avons passé une semaine ici.
            title glued to text    | en | Lovely Cottage This cottage is a charming place.                   | Lovely Cottage ‖ This cottage is a charming place.
            name after a sign-off  | fr | Merci, Paul Voici le fichier demandé.                              | Merci, ‖ Paul ‖ Voici le fichier demandé.
            name after a sign-off  | en | Thanks, Sean Here you go.                                          | Thanks, ‖ Sean ‖ Here you go.
            sign-off in two words  | fr | Je vous remercie. Bien cordialement, Anne Martin                   | Je vous remercie. ‖ Bien cordialement, ‖ Anne Martin
            sign-off in two words  | en | Thank you for your time. Warm regards, Bill Gottlieb               | Thank you for your time. ‖ Warm regards, ‖ Bill Gottlieb
            title, not a heading   | fr | C'est un succès. Can You Feel It a été enregistré en 1980.         | C'est un succès. ‖ Can You Feel It a été enregistré en 1980.
            title, not a heading   | en | World War I was long. The Lord Of The Rings is a book.             | World War I was long. ‖ The Lord Of The Rings is a book.
            pronoun after no stop  | fr | Le chien est mort l'an passé Il avait douze ans.                   | Le chien est mort l'an passé ‖ Il avait douze ans.
            pronoun after no stop  | en | We got him the year Sinatra died He had blue eyes.                 | We got him the year Sinatra died ‖ He had blue eyes.
            heading glued to text  | fr | Le rapport Les chiffres du chômage ont baissé. La série This is Us plaît. | Le rapport Les chiffres du chômage ont baissé. ‖ La série This is Us plaît.
            heading glued to text  | en | Storage model The server stores data in nodes. Terminology These words matter. | Storage model ‖ The server stores data in nodes. ‖ Terminology ‖ These words matter.
            title, not a pronoun   | fr | Le magazine Elle a publié un sondage. Jean-Marie Le Pen a parlé.   | Le magazine Elle a publié un sondage. ‖ Jean-Marie Le Pen a parlé.
            title, not a pronoun   | en | The film It was a hit. The song You belong with me came next.      | The film It was a hit. ‖ The song You belong with me came next.
            list of attached files | fr | (Voir fichier joint : budget.xls) - budget.xls - notes.doc         | (Voir fichier joint : budget.xls) ‖ - budget.xls ‖ - notes.doc
            list of attached files | en | (See attached file: plan.pdf) - plan.pdf - notes.doc               | (See attached file: plan.pdf) ‖ - plan.pdf ‖ - notes.doc
            bracket naming a file  | fr | Le budget est prêt. (Voir fichier joint : budget.xls) Cordialement, Anne | Le budget est prêt. ‖ (Voir fichier joint : budget.xls) ‖ Cordialement, ‖ Anne
            bracket naming a file  | en | The plan is ready. << File: plan.pdf >> Regards, Anne              | The plan is ready. ‖ << File: plan.pdf >> ‖ Regards, ‖ Anne
            link in brackets       | fr | Lire ici [http://exemple.fr/a] Le texte suit.                      | Lire ici [http://exemple.fr/a] ‖ Le texte suit.
            link in brackets       | en | Read it here [https://example.com/a] The text follows.             | Read it here [https://example.com/a] ‖ The text follows.
            items on one line      | fr | Je reste quatre nuits 1) quelle île choisir 2) quel hôtel          | Je reste quatre nuits ‖ 1) quelle île choisir ‖ 2) quel hôtel
            items on one line      | en | I stay four nights 1) which island is best 2) which hotel          | I stay four nights ‖ 1) which island is best ‖ 2) which hotel
            items in a sentence    | fr | Trois raisons : 1) le coût, 2) le temps et (voir 3) le reste.      | Trois raisons : 1) le coût, 2) le temps et (voir 3) le reste.
            items in a sentence    | en | Three reasons: 1) cost, 2) time and (see 3) the rest.              | Three reasons: 1) cost, 2) time and (see 3) the rest.
            list the sentence opens | fr | Trois raisons : 1) le coût 2) le temps.                           | Trois raisons : 1) le coût 2) le temps.
            list the sentence opens | en | Two reasons: 1) the cost 2) the time.                             | Two reasons: 1) the cost 2) the time.
            lost character, not a question | fr | Téléphone :? 01 23 45 67 89 Télécopie :? 01 23 45 67 80 | Téléphone :? 01 23 45 67 89 Télécopie :? 01 23 45 67 80
            lost character, not a question | en | Direct Dial:? 203.961.7523 Direct Fax:? 203.674.7723    | Direct Dial:? 203.961.7523 Direct Fax:? 203.674.7723
            mail name, not an address | fr | Demandez à Anne Martin@CABINET Juridique le projet.        | Demandez à Anne Martin@CABINET Juridique le projet.
            mail name, not an address | en | Please ask Kay Mann@ENRON Legal for the draft.             | Please ask Kay Mann@ENRON Legal for the draft.
            word, not a short form | fr | Il est reconnu comme tel. Il signe. J'adore la BD. Elle est drôle.  | Il est reconnu comme tel. ‖ Il signe. ‖ J'adore la BD. ‖ Elle est drôle.
            word, not a short form | en | Send it by fax. We answer. Col. Smith and Rev. Jones came.         | Send it by fax. ‖ We answer. ‖ Col. Smith and Rev. Jones came.
            one-letter word        | fr | Voilà ce qu'il y a. Pourquoi pas ? Elle va à Rome en 2 h. Puis rentre. | Voilà ce qu'il y a. ‖ Pourquoi pas ? ‖ Elle va à Rome en 2 h. ‖ Puis rentre.
            one-letter word        | en | He got an a. Nobody else did. Then J. Smith came.                  | He got an a. ‖ Nobody else did. ‖ Then J. Smith came.
            careless lower case    | fr | le prix a monté. c'était trop.                                     | le prix a monté. ‖ c'était trop.
            careless lower case    | en | the price went up. it was a lot.                                   | the price went up. ‖ it was a lot.
            """)
    void splits_where_a_careful_editor_would(String rule, String language, String text, String expected) {
        assertThat(splitter.split(text, language).stream().map(ClaimCandidate::text))
                .as(rule)
                .containsExactly(expected.split(" ‖ "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            heading without a stop  | Un titre sans point\\nLe texte commence ici.
            heading without a stop  | A heading without a stop\\nThe text starts here.
            list items              | - premier point\\n- second point
            list items              | - first point\\n- second point
            caption                 | Photo : le pont de Normandie\\nLe pont a rouvert lundi.
            caption                 | Photo: the Normandy bridge\\nThe bridge reopened on Monday.
            """)
    void a_block_boundary_ends_a_sentence(String rule, String text) {
        assertThat(sentences(text.replace("\\n", "\n"))).as(rule).hasSize(2);
    }

    /** Each way of naming a speaker, in French and in English: the speaker of the text's last card. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            attribution after a quote | fr | « Nous ne céderons pas », a déclaré le Kremlin.                   | le Kremlin                    | false
            attribution after a quote | en | "We will not back down," said Senator Elizabeth Warren.           | Elizabeth Warren              | false
            name then verb after quote| en | "We will not back down," Elizabeth Warren said.                   | Elizabeth Warren              | false
            trailing attribution      | fr | La dette va baisser, a déclaré le ministre de l'Économie.         | le ministre de l'Économie     | false
            trailing attribution      | en | The debt will fall, said the minister.                            | the minister                  | false
            subject and verb          | fr | Emmanuel Macron affirme que la réforme est juste.                 | Emmanuel Macron               | false
            subject and verb          | en | The White House said the talks would resume.                      | The White House               | false
            told                      | fr | Boris Johnson a dit aux journalistes que l'accord était fait.     | Boris Johnson                 | false
            told                      | en | Boris Johnson told reporters the deal was done.                   | Boris Johnson                 | false
            according to              | fr | Selon l'Insee, le chômage a reculé.                               | l'Insee                       | false
            according to              | en | According to the World Health Organization, cases fell.          | the World Health Organization | false
            d'après                   | fr | D'après le porte-parole Dmitri Peskov, rien n'est décidé.         | Dmitri Peskov                 | false
            title dropped             | fr | Le président Volodymyr Zelenskiy a déclaré que Kiev tiendrait.    | Volodymyr Zelenskiy           | false
            title dropped             | en | Prime Minister Keir Starmer said taxes would not rise.            | Keir Starmer                  | false
            capitalised title         | fr | « Nous ferons mieux », a déclaré le Premier ministre.             | le Premier ministre           | false
            capitalised title         | en | "We will do better," said the Prime Minister.                     | the Prime Minister            | false
            apposition                | fr | Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que rien n'était décidé. | Dmitri Peskov | false
            title after its owner     | en | Kremlin spokesman Dmitry Peskov said nothing was decided.         | Dmitry Peskov                 | false
            apposition                | en | The Kremlin spokesman, Dmitry Peskov, said nothing was decided.    | Dmitry Peskov                 | false
            quote after a colon       | fr | Le ministre a déclaré :\\n« Nous ne négocierons pas sous la menace. » | Le ministre                | true
            quote after a colon       | en | The minister told reporters:\\n"We will cut the deficit by half."  | The minister                  | true
            he said                   | fr | Le maire Jean Dupont a annoncé un plan lundi. Il a déclaré que la dette baisserait. | Jean Dupont             | true
            he said                   | en | Mayor Jane Smith announced a plan on Monday. She said the debt would fall.   | Jane Smith                    | true
            title and name after      | fr | « Le pont tiendra », a déclaré l'ingénieure Claire Martin, de la préfecture. | Claire Martin         | false
            title and name after      | en | "The crater is older than we thought," said planetary geologist Maria Ortega of the space agency. | Maria Ortega | false
            straight quotes           | fr | "Nous ne céderons pas", a dit le syndicat.                          | le syndicat                   | false
            straight quotes           | en | "Prices will fall," Tom Baker said.                                | Tom Baker                     | false
            speaker, not recipient    | fr | Ana Silva, directrice de Port Vivres, a dit à France Inter que les ventes doublaient. | Ana Silva  | false
            speaker, not recipient    | en | Ana Silva, chief executive of Harbour Foods, told the BBC that sales doubled. | Ana Silva      | false
            organisation              | fr | Le ministère chinois du Commerce a indiqué que les exportations progressaient. | Le ministère chinois du Commerce | false
            organisation              | en | China's commerce ministry said exports rose in March.              | China's commerce ministry     | false
            newspaper                 | fr | Le Canard enchaîné a révélé que le chantier était arrêté.           | Le Canard enchaîné            | false
            newspaper                 | en | The New York Times reported that the plan was shelved.             | The New York Times            | false
            according to, whole name  | fr | Les exportations ont baissé de moitié, selon le gouvernement jordanien. | le gouvernement jordanien  | false
            according to, whole name  | en | Exports fell by half, according to the Jordanian government.       | the Jordanian government      | false
            selon un diplomate        | fr | Les pourparlers reprendront lundi, selon un diplomate.             | un diplomate                  | false
            officials                 | en | Two gunmen died and three escaped, officials said.                 | officials                     | false
            pronoun by gender         | fr | Angèle Cooper a déclaré que le barrage était sûr. M. Paul Reed a affirmé qu'il fuyait. Elle a ajouté que les essais étaient clairs. | Angèle Cooper | true
            pronoun by gender         | en | Angela Cooper said the dam was safe. Mr. Paul Reed said it leaked. She said the tests were clear. | Angela Cooper | true
            inverted pronoun          | fr | Paul Durand a déclaré que le budget serait tenu. « La dette baissera », a-t-il assuré. | Paul Durand | true
            inverted pronoun          | en | Paul Durand said the budget would hold. "Debt will fall," he insisted. | Paul Durand                | true
            demonstrative             | fr | Marc Petit a déclaré que l'émission reprendrait. « Nous continuerons », a ajouté cet animateur. | Marc Petit | true
            description named again   | fr | La présidente Ana Ruiz a déclaré que l'usine fermerait. La présidente a ajouté que personne ne serait licencié. | Ana Ruiz | true
            description named again   | en | President Ana Ruiz said the plant would close. The president added that nobody would be laid off. | Ana Ruiz | true
            opinion verb              | fr | Marie Dubois estime que la réforme est injuste.                    | Marie Dubois                  | false
            opinion verb              | en | The mayor warned that rents would rise by a third.                 | The mayor                     | false
            tweeted                   | en | Sam Lee tweeted that the vote had been rigged.                     | Sam Lee                       | false
            incise inside the quote   | fr | « Le pont est solide. Il a été testé deux fois, explique Claire Martin, ingénieure. | Claire Martin       | false
            peut-on lire              | fr | « Le chantier est arrêté », peut-on lire dans Le Monde.            | Le Monde                      | false
            person named before       | en | Senator Paul Reed, a Democrat, voted against the bill. "It is a gift to the rich," he said. | Paul Reed | true
            person named before       | fr | Le sénateur Paul Reed a voté contre le texte. « C'est un cadeau aux riches », a-t-il dit. | Paul Reed  | true
            recipient before speaker  | fr | « Les salaires seront gelés », a souligné auprès de l'AFP le porte-parole de la SNCF. | le porte-parole de la SNCF | false
            recipient after speaker   | en | "Wages will be frozen," the rail company's spokesman told AFP.     | the rail company's spokesman  | false
            name after a description  | fr | « Nous irons jusqu'au bout », a lancé mardi la secrétaire générale du syndicat, Sophie Marchand. | Sophie Marchand | false
            name after a description  | en | "We will go all the way," said the union's general secretary, Sophie Marchand, on Tuesday. | Sophie Marchand | false
            whose view                | fr | Pour le ministre de l'Intérieur, Paul Durand, « la menace reste élevée ». | Paul Durand          | false
            whose view                | en | For the interior minister, Paul Durand, "the threat remains high." | Paul Durand                   | false
            verb of feeling           | fr | « C'est une honte », s'est indigné le maire de Lyon.               | le maire de Lyon              | false
            verb of feeling           | en | "It is a disgrace," fumed the mayor of Lyon.                       | the mayor of Lyon             | false
            figures in an apposition  | fr | Paul Reed, président d'un groupe de 2,5 milliards d'euros, a déclaré que les salaires augmenteraient. | Paul Reed | false
            figures in an apposition  | en | Paul Reed, who employs 4,000 people, said wages would rise.        | Paul Reed                     | false
            """)
    void finds_who_a_claim_is_attributed_to(
            String rule, String language, String text, String speaker, boolean byContext) {
        ClaimCandidate last =
                splitter.split(text.replace("\\n", "\n"), language).getLast();

        assertThat(last.speaker()).as(rule).isEqualTo(speaker);
        assertThat(last.speakerByContext()).as(rule).isEqualTo(byContext);
    }

    /** Sentences that name nobody, however close they come: no speaker. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            passive                  | fr | Le pont serait, dit-on, fragile depuis des années.
            passive                  | en | The bridge is said to be unsafe.
            estimated figure         | fr | Un nombre estimé de 3 000 personnes était présent.
            estimated figure         | en | An estimated 3,000 people attended the march.
            capitalised verb         | en | The United States hopes to sign the deal in May.
            scare quotes             | fr | Le gouvernement parle d'une « réforme historique » pour les retraites.
            scare quotes             | en | The museum houses what curators call "the finest mosaics" in Africa.
            a subordinate clause     | en | Bennett posted photos about five hours before Meadows announced.
            several claims           | fr | La séance a été levée à midi, et Biden a déclaré qu'il reviendrait.
            several claims           | en | The session closed at noon, and Biden said he would return.
            no group                 | en | Although no group claimed responsibility, fears grew.
            a view with no quotation | fr | Pour les Français, la réforme est injuste.
            for, not a view          | en | For the first time, "the bridge" was closed to lorries.
            """)
    void finds_no_speaker_where_none_is_named(String rule, String language, String text) {
        assertThat(splitter.split(text, language)).as(rule).allMatch(card -> card.speaker() == null);
    }

    /** Each reason of the check-worthiness score, in French and in English. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            statistic     | fr | Le chômage a atteint 7 % de la population active en 2024.   | statistic
            statistic     | en | Unemployment fell to 4 percent of the workforce last year.   | statistic
            comparison    | fr | Les prix sont plus élevés qu'en Allemagne depuis un an.      | comparison
            comparison    | en | Crime is higher than it has ever been in this city.          | comparison
            causal        | fr | Les prix ont monté à cause de la sécheresse de l'été.        | causal
            causal        | en | Prices rose because the tariffs doubled import costs.        | causal
            prediction    | fr | La nouvelle usine va créer des emplois dans toute la région. | prediction
            prediction    | en | The new plant will create jobs across the whole region.      | prediction
            law or policy | fr | La loi sur le renseignement a été adoptée par les députés.   | law-or-policy
            law or policy | en | The Senate passed the bill on a vote of sixty to forty.      | law-or-policy
            quotation     | fr | « Nous ne céderons rien sur les retraites », a-t-il lancé.   | quotation
            quotation     | en | “We will not give an inch on pensions,” he shouted at them.  | quotation
            attribution   | fr | Selon l'Insee, le pouvoir d'achat a reculé au printemps.     | attribution
            attribution   | en | According to the Census Bureau, incomes fell in the spring.  | attribution
            opinion       | fr | Je pense que c'est une journée magnifique pour nos familles. | opinion
            opinion       | en | I think this is a wonderful day for all of our families.     | opinion
            hedging       | fr | Les chiffres pourraient peut-être être revus plus tard.      | hedging
            hedging       | en | Perhaps the figures might be revised later in the year.      | hedging
            question      | fr | Croyez-vous vraiment aux chiffres que vous venez de citer ?  | question
            question      | en | Do you really believe the numbers you have just quoted?     | question
            greeting      | fr | Merci beaucoup, et bonsoir à toutes et à tous ici ce soir.   | greeting
            greeting      | en | Thank you very much, and good evening to everyone here.     | greeting
            procedural    | fr | Passons à la question suivante pour vous deux maintenant.    | procedural
            procedural    | en | Let me turn to the next question for the two of you now.    | procedural
            moderator     | fr | Monsieur le ministre, votre réponse en une minute seulement. | procedural
            moderator     | en | Senator Sanders, you have sixty seconds to answer that one.  | procedural
            quantity word | fr | Le chômage des jeunes touche surtout les villes moyennes.    | statistic
            quantity word | en | The deficit has hit the poorest families hardest of all.     | statistic
            opinion after elision | fr | Il répète qu'il faut couper dans les dépenses publiques. | opinion
            opinion after elision | en | He keeps saying that we must cut public spending now.   | opinion
            economy       | fr | Le gouvernement veut baisser les impôts des ménages modestes. | economy
            economy       | en | The government wants to lower taxes for working families.    | economy
            """)
    void gives_its_reasons(String rule, String language, String sentence, String reason) {
        assertThat(splitter.split(sentence, language).getFirst().reasons().stream()
                        .map(CheckworthinessReason::code))
                .as(rule)
                .contains(reason);
    }

    /** Taxes, budgets and trade are the economy's words, counted once: not law or policy as well. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Les impôts et le budget de la commune pèsent sur le commerce local.
            en | Taxes and the town's budget weigh on local trade and commerce.
            """)
    void counts_the_economy_once(String language, String sentence) {
        assertThat(splitter.split(sentence, language).getFirst().reasons())
                .contains(CheckworthinessReason.ECONOMY)
                .doesNotContain(CheckworthinessReason.LAW_OR_POLICY);
    }

    /** Of two figures, a share weighs more: in the CLEF debates a line with one is checked more often. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le chômage a baissé de 2 % l'an dernier dans la région. | Le chômage a baissé de 2 millions l'an dernier dans la région.
            en | Unemployment fell by 2 percent last year in the region.  | Unemployment fell by 2 million last year in the region.
            """)
    void a_share_outweighs_another_figure(String language, String share, String count) {
        assertThat(splitter.split(share, language).getFirst().checkworthiness())
                .isGreaterThan(splitter.split(count, language).getFirst().checkworthiness());
    }
}
