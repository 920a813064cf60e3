package com.claimboard.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"lemonde-1", "liberation-1", "nytimes-1", "bbc-1"})
    void real_pages_give_the_article_text_readability_gives(String page) throws IOException {
        ExtractedArticle article =
                extractor.extract(resource("readability/" + page + "/source.html"), null, "https://example.org/");
        String expected = Jsoup.parse(
                        new String(resource("readability/" + page + "/expected.html"), StandardCharsets.UTF_8))
                .text();

        assertThat(shingleF1(expected, article.text())).isGreaterThan(0.95);
    }

    @Test
    void french_pages_come_out_with_their_metadata() throws IOException {
        ExtractedArticle lemonde = extractor.extract(resource("readability/lemonde-1/source.html"), null, null);
        ExtractedArticle liberation = extractor.extract(resource("readability/liberation-1/source.html"), null, null);

        assertThat(lemonde.title())
                .isEqualTo("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée");
        assertThat(lemonde.lang()).isEqualTo("fr");
        assertThat(lemonde.siteName()).isEqualTo("Le Monde.fr");
        assertThat(lemonde.text()).contains("438 contre 86 et 42 abstentions");
        assertThat(liberation.title()).isEqualTo("Un troisième Français mort dans le séisme au Népal");
        assertThat(liberation.siteName()).isEqualTo("Libération.fr");
        assertThat(liberation.publishedTime()).startsWith("2015-04-30T07:19:58");
        assertThat(liberation.lang()).isEqualTo("fr");
    }

    @Test
    void a_french_page_in_windows_1252_comes_out_with_its_metadata_and_text() throws IOException {
        ExtractedArticle article =
                extractor.extract(resource("pages/news-article.html"), null, "https://quotidien.example/x");

        assertThat(article.title())
                .as("the site's name is not part of the headline")
                .isEqualTo("La dette publique atteint un record");
        assertThat(article.byline()).isEqualTo("Claire Martin");
        assertThat(article.siteName()).isEqualTo("Le Quotidien");
        assertThat(article.publishedTime()).isEqualTo("2026-03-05T08:30+01:00");
        assertThat(article.lang()).isEqualTo("fr");
        assertThat(article.canonicalUrl()).isEqualTo("https://quotidien.example/economie/dette-record");
        assertThat(article.blocks())
                .containsExactly(
                        "La dette publique a atteint 3 300 milliards d'euros à la fin de l'année, selon l'Insee.",
                        "« C'est un niveau préoccupant », a déclaré le ministre de l'Économie.");
    }

    @Test
    void charsets_are_decoded_the_way_browsers_do() {
        String text = "<p>Le député a été réélu à Besançon, déçu mais sûr de lui ; « c'était prévu ».</p>";
        Charset latin = Charset.forName("windows-1252");

        assertThat(only(extractor.extract(("<meta charset=iso-8859-1>" + text).getBytes(latin), null, null)))
                .contains("député", "Besançon", "« c'était prévu »");
        assertThat(only(extractor.extract(text.getBytes(latin), null, null)))
                .as("undeclared, not UTF-8: windows-1252")
                .contains("réélu");
        assertThat(only(extractor.extract(text.getBytes(latin), "ISO-8859-1", null)))
                .contains("déçu");
        assertThat(only(extractor.extract(("<meta charset=utf-8>" + text).getBytes(latin), null, null)))
                .as("declared UTF-8 but is not")
                .contains("sûr");
        byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        assertThat(only(extractor.extract(withBom, "windows-1252", null)))
                .as("the BOM wins")
                .contains("été");
        assertThat(only(extractor.extract(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), null, null)))
                .contains("Besançon");
        assertThat(only(extractor.extract(
                        ("<meta charset=windows-1252>" + text).getBytes(StandardCharsets.UTF_8), null, null)))
                .as("valid UTF-8 with accents is UTF-8, whatever the page says")
                .contains("réélu");
    }

    @Test
    void navigation_share_bars_related_links_cookie_banners_and_hidden_text_are_left_out() {
        String html = """
                <html><body>
                <div class="cookie-banner"><p>We use cookies to improve your experience on this site, accept them all.</p></div>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
                <article>
                  <h1>Rivers rise across the region</h1>
                  <p>Rivers rose by two metres overnight, the water authority said, flooding low streets in three towns.</p>
                  <p style="display:none">Subscriber-only teaser that readers never see on the page.</p>
                  <h2>What comes next</h2>
                  <p>Forecasters expect the rain to stop by Friday, though rivers will stay high for several days after.</p>
                  <blockquote>"We have never seen it this fast," said a resident who has lived by the river for forty years.</blockquote>
                  <ul><li>Schools closed in two towns, according to the council, until the water goes down.</li></ul>
                </article>
                <aside class="related"><h3>Related</h3><ul><li><a href="/a">Older flood story</a></li></ul></aside>
                <div id="comments"><p>First comment, with some words in it, from a reader who disagrees with it all.</p></div>
                <footer>© Example News 2026, all rights reserved, with links to policies and terms of use.</footer>
                </body></html>
                """;

        ExtractedArticle article = extractor.extract(html, "https://news.example.com/floods");

        assertThat(article.blocks())
                .contains(
                        "What comes next",
                        "\"We have never seen it this fast,\" said a resident who has lived by the river for forty years.",
                        "Schools closed in two towns, according to the council, until the water goes down.")
                .anyMatch(block -> block.startsWith("Rivers rose by two metres"));
        assertThat(article.text())
                .doesNotContain(
                        "cookies",
                        "Home",
                        "Share on Facebook",
                        "Subscriber-only",
                        "Older flood story",
                        "First comment",
                        "all rights reserved");
    }

    /** Blocks a reader skips inside the article's own container: each kind in French and in English. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            related heading  | fr | <h3>À lire aussi :</h3> | À lire aussi
            related heading  | en | <h3>RELATED STORIES</h3> | RELATED
            teaser           | fr | <p>Lire aussi : <a href="/b">Le barrage rouvre lundi</a></p> | rouvre
            teaser           | en | <p>Read more: <a href="/b">The dam reopens on Monday</a></p> | reopens
            picture credit   | fr | <p>Photo : Jean Martin / AFP</p> | Jean Martin
            picture credit   | en | <p>Getty Images</p> | Getty
            caption          | fr | <figure><figcaption>Le barrage de Vouglans, en 2024. © Jean Martin</figcaption></figure> | Vouglans
            caption          | en | <figure><figcaption>The dam at dawn. (Photo: Jane Smith)</figcaption></figure> | at dawn
            post furniture   | fr | <p>Publié par Jean Martin le 4 mai.</p> | Jean Martin le 4 mai
            post furniture   | en | <p>This entry was posted in Rivers on 4 May.</p> | posted
            prompt           | fr | <p>Abonnez-vous pour lire la suite de nos enquêtes.</p> | Abonnez
            prompt           | en | <p>Subscribe now to our morning edition for the full story.</p> | morning edition
            copyright        | fr | <p>Le Quotidien, tous droits réservés.</p> | Quotidien
            teasers after a related heading | fr | <h3>À lire aussi</h3><ul><li><a href="/a">Le barrage rouvre lundi</a></li></ul><p><a href="/b">Les riverains témoignent</a></p> | témoignent
            teasers after a related heading | en | <h3>More from the valley</h3><p><a href="/b">Farmers count their losses</a></p><ul><li><a href="/c">The dam reopens</a></li></ul> | count their losses
            appeal for support | fr | <p>Soutenez une rédaction indépendante : faites un don dès 5 euros.</p> | rédaction indépendante
            appeal for support | en | <p>Support independent journalism with a gift from 5 dollars a month.</p> | 5 dollars
            appeal for support | en | <p>If you’re already a subscriber, log in for immediate access to this story.</p> | immediate access
            author box       | fr | <div class="author-box"><p>Jeanne Martin est journaliste au service Société depuis 2012, après dix ans à Lyon.</p></div> | dix ans à Lyon
            author box       | en | <div class="post-author-bio"><p>Jane Smith covers the environment, after ten years at the Valley Times.</p></div> | ten years
            comment prompt   | fr | <p>Vous devez être connecté pour publier un commentaire.</p> | publier un commentaire
            comment prompt   | en | <p>You must be logged in to post a comment.</p> | post a comment
            the way back     | fr | <p><a href="/liste">Retour à la liste</a></p> | Retour à la liste
            the way back     | en | <p><a href="/list">Back to the list</a></p> | Back to the list
            more from a site | fr | <h3>Plus d'articles sur vallee.fr</h3> | vallee.fr
            more from a site | en | <h3>More from valleytimes.com</h3> | valleytimes
            placeholder      | fr | <p>Contenu externe</p> | Contenu externe
            placeholder      | en | <p>External content</p> | External content
            download as PDF  | fr | <p>Télécharger cet article en PDF</p> | en PDF
            download as PDF  | en | <p>Download this article as PDF</p> | as PDF
            enlarge          | fr | <p>Le réseau des sociétés. Cliquez sur l'image pour agrandir.</p> | réseau des sociétés
            enlarge          | en | <p>The web of companies. Click on the image to enlarge.</p> | web of companies
            credit via       | fr | <p>La vallée au petit jour, photo via</p> | petit jour
            credit via       | en | <p>The valley at dawn, picture via</p> | at dawn
            copyright        | en | <p>Example News, all rights reserved.</p> | Example News
            date alone       | fr | <p>8 novembre 2021</p> | novembre
            date alone       | en | <p>9 November 2021</p> | 9 November
            more on          | fr | <h3>Plus d'articles sur les barrages</h3> | Plus d'articles
            more on          | en | <h3>More from the valley</h3> | More from
            heading to a list| fr | <h3>Voir aussi nos dossiers sur l'eau :</h3> | dossiers
            heading to a list| en | <h3>Read more of our water coverage:</h3> | coverage
            figure caption   | fr | <p>Graphique 2 : le niveau du lac depuis 1990, en mètres</p> | niveau du lac
            figure caption   | en | <p>Figure 2: the lake's level since 1990, in metres</p> | lake's level
            note on the piece| fr | <p>Cet article a été publié d'abord dans Le Quotidien des Alpes.</p> | Quotidien des Alpes
            note on the piece| en | <p>This article was originally published by The Valley Times.</p> | Valley Times
            advertising      | fr | <p>Publicité</p> | Publicité
            advertising      | en | <p>Advertising disclosure: we may earn a commission on links.</p> | commission
            consent          | fr | <p>Nous utilisons des cookies pour mesurer l'audience.</p> | audience
            consent          | en | <p>We respect your privacy and load this video only with your consent.</p> | privacy
            """)
    void blocks_a_reader_skips_are_left_out_of_the_article(String kind, String language, String leftover, String gone) {
        String html = "<html lang=\"" + language + "\"><body><article>"
                + "<p>Le barrage a cédé mardi, inondant trois villages, ont indiqué les pompiers sur place.</p>"
                + "<p>The dam gave way on Tuesday, flooding three villages, firefighters at the scene said.</p>"
                + leftover
                + "<p>On 8 November 2021 the council said it would subscribe to the insurers' fund, all of it.</p>"
                + "<p>Photo and video teams were sent to the valley, where the water kept rising all night.</p>"
                + "<p>Subscribers to the regional water service fell by two thousand last year.</p>"
                + "<p>Publié le 3 mars, le rapport de la préfecture montre que le barrage fuyait depuis 2010.</p>"
                + "</article></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://news.example.com/dam");

        assertThat(article.text()).as(kind).doesNotContain(gone);
        assertThat(article.blocks())
                .as("the article's own paragraphs, dates and words like 'subscribe' and 'photo' in them, stay")
                .contains(
                        "Le barrage a cédé mardi, inondant trois villages, ont indiqué les pompiers sur place.",
                        "The dam gave way on Tuesday, flooding three villages, firefighters at the scene said.",
                        "On 8 November 2021 the council said it would subscribe to the insurers' fund, all of it.",
                        "Photo and video teams were sent to the valley, where the water kept rising all night.",
                        "Subscribers to the regional water service fell by two thousand last year.",
                        "Publié le 3 mars, le rapport de la préfecture montre que le barrage fuyait depuis 2010.");
    }

    private static final String STORY_PARAGRAPH =
            "The water authority said it had warned the operator twice, and the inquiry opens on Monday.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le barrage de Vouglans a cédé mardi soir, inondant trois villages de la vallée de l'Ain.
            en | The Vouglans dam gave way on Tuesday night, flooding three villages in the Ain valley.
            """)
    void a_lead_set_apart_from_the_article_is_brought_back_first(String language, String lead) {
        String paragraph = STORY_PARAGRAPH;
        String html = "<html lang=\"" + language + "\"><head><meta property=\"og:description\" content=\"" + lead
                + "\"></head><body><header><h1>Dam</h1><div class=\"standfirst\"><span>" + lead + "</span></div>"
                + "</header><div class=\"story\">" + ("<p>" + paragraph + "</p>").repeat(6) + "</div>"
                + "<div class=\"teasers\"><p>Another dam story, elsewhere, told in a teaser of other words.</p></div>"
                + "</body></html>";

        ExtractedArticle article = extractor.extract(html, null);

        assertThat(article.blocks()).first().isEqualTo(lead);
        assertThat(article.blocks())
                .contains(paragraph)
                .doesNotContain("Another dam story, elsewhere, told in a teaser of other words.");
    }

    /** A forum thread's posts, in French and in English: each is a block of text, with no paragraph marks. */
    private static final Map<String, List<String>> POSTS = Map.of(
            "fr",
            List.of(
                    "Depuis la mise à jour de mardi, mon téléphone ne se connecte plus à la boutique, ni en wifi ni"
                            + " en données mobiles, et je n'ai changé aucun réglage de mon côté.",
                    "Même souci ici depuis hier soir : la boutique reste blanche, les autres applications marchent,"
                            + " et redémarrer le téléphone deux fois n'a rien changé du tout.",
                    "Chez moi, effacer le cache de la boutique a suffi, mais il a fallu attendre une bonne heure"
                            + " avant que les téléchargements reprennent, sans aucun message d'erreur."),
            "en",
            List.of(
                    "Since Tuesday's update my phone no longer reaches the app store, neither on wifi nor on mobile"
                            + " data, and I have not changed a single setting on my side.",
                    "Same problem here since last night: the store stays blank, every other app works, and"
                            + " restarting the phone twice changed nothing at all, as far as I can tell.",
                    "Clearing the store's cache fixed it for me, but it took a good hour before downloads started"
                            + " again, and there was never an error message, not even once."));

    /** Each post of {@link #POSTS} in the language, between {@code open} and {@code close}. */
    private static String each(String language, String open, String close) {
        StringBuilder html = new StringBuilder();
        for (String post : POSTS.get(language)) {
            html.append(open).append(post).append(close);
        }
        return html.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void a_form_around_the_whole_page_is_its_frame_and_its_text_stays(String language) {
        String posts = each(
                language,
                "<div class=\"post\"><div class=\"author\">Member</div><div class=\"message\">",
                "</div></div>");
        String html = "<html lang=\"" + language + "\"><body><form id=\"PageForm\" method=\"post\">"
                + "<div class=\"top\"><a href=\"/\">Forum</a></div><main>" + posts + "</main>"
                + "<div class=\"bottom\"><a href=\"#top\">Top</a></div></form></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://forum.example.org/thread/1");

        assertThat(article.text()).contains(POSTS.get(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void a_frame_named_like_a_footer_that_holds_the_page_and_its_title_is_not_left_out(String language) {
        String disclosure = language.equals("fr")
                ? "Certaines offres présentées sur ce site viennent de partenaires qui nous rémunèrent. "
                : "Some of the offers on this site come from partners who pay us a commission. ";
        String story = each(language, "<p>", "</p>");
        String html = "<html lang=\"" + language + "\"><body><div class=\"disclosure\"><p>"
                + disclosure.repeat(8) + "</p></div><div class=\"above-footer\"><div class=\"header-nav\"><a"
                + " href=\"/\">Home</a></div><h1>Store</h1><article>" + story + story + "</article></div>"
                + "<footer><a href=\"/terms\">Terms</a></footer></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://news.example.com/store");

        assertThat(article.text())
                .as("the wrapper named 'above-footer' holds the article")
                .contains(POSTS.get(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void an_article_in_several_wrapped_fields_comes_out_whole(String language) {
        // A content system's fields: each part of the body wrapped in blocks of one child, side by side.
        List<String> parts = POSTS.get(language);
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String paragraphs = ("<p>" + parts.get(i) + "</p>").repeat(i == 0 ? 4 : 1);
            fields.append("<div class=\"field__item\"><div class=\"paragraph paragraph--type--text\">"
                            + "<div class=\"clearfix text-formatted field field--label-hidden field__item\">")
                    .append(paragraphs)
                    .append("</div></div></div>");
        }
        String html = "<html lang=\"" + language + "\"><body><main><div class=\"field field--label-hidden"
                + " field__items\">" + fields + "</div></main></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://party.example.org/news");

        assertThat(article.text()).contains(parts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void the_posts_of_a_thread_come_out_together(String language) {
        StringBuilder thread = new StringBuilder();
        List<String> posts = POSTS.get(language);
        // The question is long, the answers short: no answer comes close to it on its own.
        String question = ("<p>" + posts.get(0) + "</p>").repeat(3);
        for (String post : List.of(question, posts.get(1), posts.get(2))) {
            // Each post in its own article, its text five levels down: only what is inside a post is scored.
            thread.append("<article class=\"msg msg--post\"><div class=\"msg-inner\"><div"
                            + " class=\"msg-cell\"><div class=\"msg-main\"><div class=\"msg-says\">"
                            + "<article class=\"msg-said\"><div class=\"bb\">")
                    .append(post)
                    .append("</div></article></div></div></div></div></article>");
        }
        String html = "<html lang=\"" + language + "\"><body><div class=\"thread\">" + thread + "</div></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://forum.example.org/thread/2");

        assertThat(article.text()).contains(POSTS.get(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void a_list_of_search_terms_between_commas_does_not_outweigh_the_article(String language) {
        String terms = language.equals("fr")
                ? "code erreur 801812dd <span>,</span> mise à jour bloquée <span>,</span> "
                : "error code 801812dd <span>,</span> update stuck <span>,</span> ";
        String story = each(language, "<div class=\"message\">", "</div>");
        String html = "<html lang=\"" + language + "\"><body><div id=\"thread\">" + story + "</div>"
                + "<div id=\"seo\"><div id=\"terms\">" + terms.repeat(15) + "</div></div></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://forum.example.org/thread/3");

        assertThat(article.text()).contains(POSTS.get(language)).doesNotContain("801812dd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void a_post_a_script_writes_out_is_read_from_what_the_page_shows_without_scripts(String language) {
        String post = each(language, "<p>", "</p>");
        String enable = language.equals("fr")
                ? "Activez JavaScript pour voir les commentaires."
                : "Please enable JavaScript to view the comments.";
        String html = "<html lang=\"" + language + "\"><body><div class=\"post\"><h1>Store</h1>"
                + "<div class=\"post-body\"><script>render(\"post\")</script><noscript>" + post + "</noscript>"
                + "</div><noscript><img src=\"/pixel.gif\" alt=\"\"></noscript><div class=\"comments\"><noscript><p>"
                + enable + "</p></noscript></div></div></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://blog.example.org/store");

        assertThat(article.text()).contains(POSTS.get(language)).doesNotContain(enable);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Farine | Sucre | Œufs | Mélangez la farine et le sucre, puis ajoutez les œufs un à un, en fouettant bien.
            en | Flour | Sugar | Eggs | Mix the flour and the sugar, then add the eggs one by one, whisking well each time.
            """)
    void a_recipes_ingredients_stay_with_its_method(
            String language, String first, String second, String third, String method) {
        String item = "<li class=\"recipe-ingredient\"><span class=\"amount\">%d</span> <span class=\"unit\">g</span>"
                + " <span class=\"name\"><a href=\"/glossary/%s\">%s</a></span></li>";
        String ingredients = String.format(item, 250, first, first)
                + String.format(item, 120, second, second)
                + String.format(item, 4, third, third);
        String html = "<html lang=\"" + language + "\"><body><article><div class=\"entry-content\">"
                + ("<p>" + POSTS.get(language).get(0) + "</p>").repeat(3)
                + "<div class=\"recipe-card\"><h3>" + first + "</h3><ul class=\"recipe-ingredients\">" + ingredients
                + "</ul><p>" + method + "</p></div></div></article></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://recipes.example.org/cake");

        assertThat(article.text()).contains(method).contains(first, second, third);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le barrage de Vouglans a cédé | La rentrée scolaire repoussée d'une semaine
            en | The Vouglans dam gave way | School term pushed back by a week
            """)
    void a_page_that_loads_the_next_story_below_keeps_the_one_it_is_about(String language, String first, String next) {
        List<String> posts = POSTS.get(language);
        String html = "<html lang=\"" + language + "\"><head><title>" + first + "</title></head><body><main>"
                + "<article><h1>" + first + "</h1><p>" + posts.get(0) + "</p><p>" + posts.get(1) + "</p></article>"
                + "<article><h1>" + next + "</h1><p>" + posts.get(2) + "</p><p>" + posts.get(2) + "</p></article>"
                + "</main></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://news.example.com/dam");

        assertThat(article.text()).contains(posts.get(0), posts.get(1)).doesNotContain(posts.get(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Le barrage de Vouglans a cédé dans la nuit de mardi | Le barrage de Vouglans a cédé dans la nuit de mardi - jura-infos.example
            en | The Vouglans dam gave way on Tuesday night | The Valley Times Online — The Vouglans dam gave way on Tuesday night
            """)
    void the_headline_is_not_read_into_the_article_when_the_title_adds_the_site(
            String language, String headline, String title) {
        String html = "<html lang=\"" + language + "\"><head><title>" + title + "</title></head><body><article><h1>"
                + headline + "</h1>" + ("<p>" + STORY_PARAGRAPH + "</p>").repeat(6) + "</article></body></html>";

        ExtractedArticle article = extractor.extract(html, "https://news.example.com/dam");

        assertThat(article.text()).contains(STORY_PARAGRAPH).doesNotContain(headline);
    }

    @Test
    void a_description_the_page_does_not_show_is_not_brought_in() {
        String paragraph = STORY_PARAGRAPH;
        String html = "<html><head><meta name=\"description\" content=\"Everything about the Vouglans dam and the"
                + " villages it flooded, in one page for search engines.\"></head><body><div class=\"story\">"
                + ("<p>" + paragraph + "</p>").repeat(6) + "</div></body></html>";

        assertThat(extractor.extract(html, null).blocks()).containsOnly(paragraph);
    }

    @Test
    void ruby_annotations_are_not_read_into_the_words_they_annotate() {
        String html = "<html lang=\"ja\"><body><article><p>"
                + "<ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための"
                + "<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p></article></body></html>";

        assertThat(extractor.extract(html, null).text()).isEqualTo("子どもへの虐待をなくすための法律ができました。");
    }

    @Test
    void json_ld_graphs_give_the_metadata() {
        String html = """
                <html lang="en-GB"><head><title>Floods | Example</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example News"},
                  {"@type":["NewsArticle"],"headline":"Rivers rise across the region",
                   "author":[{"@type":"Person","name":"Ana Lopez"},{"@type":"Person","name":"Tom Reed"}],
                   "publisher":{"@type":"Organization","name":"Example News"},
                   "datePublished":"2026-02-01T06:00:00Z","url":"https://news.example.com/floods"}]}</script>
                </head><body><p>Body text long enough to be kept as the article of this page, with detail.</p></body></html>
                """;

        ExtractedArticle article = extractor.extract(html, null);

        assertThat(article.title()).isEqualTo("Rivers rise across the region");
        assertThat(article.byline()).isEqualTo("Ana Lopez, Tom Reed");
        assertThat(article.siteName()).isEqualTo("Example News");
        assertThat(article.publishedTime()).isEqualTo("2026-02-01T06:00Z");
        assertThat(article.lang()).isEqualTo("en");
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.com/floods");
    }

    @Test
    void hostile_input_gives_a_result_or_a_clear_error() {
        assertThat(extractor.extract("", null).blocks()).isEmpty();
        assertThat(extractor
                        .extract("<html><head><title>T</title></head></html>", null)
                        .title())
                .isEqualTo("T");
        assertThat(extractor
                        .extract(
                                "<frameset><frame src=a.html><frame src=b.html></frameset>"
                                        .getBytes(StandardCharsets.UTF_8),
                                null,
                                null)
                        .blocks())
                .isEmpty();
        assertThat(extractor
                        .extract(
                                "<div><p>Unclosed <b>bold <i>and <p>broken</div></span> markup that still has a long sentence in it."
                                        + "</table></tr>",
                                null)
                        .text())
                .contains("markup that still has a long sentence");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> extractor.extract(png, "utf-8", null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> extractor.extract(new byte[ArticleExtractor.MAX_PAGE_BYTES + 1], null, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("larger than");
    }

    /**
     * Pages built to make the work grow with the square of their size: each is extracted, its article found, in
     * a time bounded by its size (the figures are in docs/benchmarks.md; the timeout only stops a hang).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "nested 100000",
                "nested 200000",
                "empty siblings 100000",
                "paragraph siblings 50000",
                "link siblings 100000",
                "loose text 100000"
            })
    @Timeout(60)
    void pages_built_to_cost_the_square_of_their_size_are_extracted_in_bounded_time(String shape) {
        String article = "<p>The article itself, with commas, figures like 42, and enough words to be the text.</p>";
        int n = Integer.parseInt(shape.replaceAll("\\D", ""));
        StringBuilder html = new StringBuilder("<html><head><title>Hostile</title></head><body>");
        switch (shape.replaceAll("[ 0-9]", "")) {
            case "nested" -> html.append("<div>".repeat(n)).append(article).append("</div>".repeat(n));
            case "emptysiblings" ->
                html.append("<div></div>".repeat(n))
                        .append("<article>")
                        .append(article)
                        .append("</article>");
            case "paragraphsiblings" ->
                html.append("<div>").append(article.repeat(n)).append("</div>");
            case "linksiblings" ->
                html.append("<div class=menu>")
                        .append("<div><a href=/x>Link text</a></div>".repeat(n))
                        .append("</div><article>")
                        .append(article.repeat(10))
                        .append("</article>");
            case "loosetext" ->
                html.append("<div>")
                        .append("<span>loose words, </span> and ".repeat(n))
                        .append("</div>");
            default -> throw new IllegalArgumentException(shape);
        }
        html.append("</body></html>");

        ExtractedArticle extracted = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(extracted.title()).isEqualTo("Hostile");
        assertThat(extracted.text()).contains(shape.startsWith("loose") ? "loose words" : "The article itself");
        assertThat(extracted.text()).doesNotContain("Link text");
    }

    @Test
    void nothing_is_nested_deeper_than_the_bound_and_nothing_nested_deeper_is_lost() {
        String html = "<html><body>" + "<div>".repeat(1_000) + "<p>The deepest words, with commas, are kept, all of"
                + " them.</p>" + "</div>".repeat(1_000) + "</body></html>";

        assertThat(extractor.extract(html, null).text())
                .isEqualTo("The deepest words, with commas, are kept, all of them.");
    }

    @Test
    void a_ten_megabyte_page_is_extracted() {
        StringBuilder html = new StringBuilder("<html><body><div id=menu>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<div class=item><a href=/p")
                    .append(i)
                    .append(">Link ")
                    .append(i)
                    .append("</a></div>");
        }
        html.append("</div><article>");
        String paragraph =
                "<p>A long paragraph of the article, with commas, figures like 42 and enough words to count.</p>";
        while (html.length() < 10 * 1024 * 1024) {
            html.append(paragraph);
        }
        html.append("</article></body></html>");

        ExtractedArticle article = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.blocks()).hasSizeGreaterThan(1000).allMatch(block -> block.startsWith("A long paragraph"));
    }

    @Test
    void display_html_is_cleaned_of_scripts_and_event_handlers() {
        ExtractedArticle article = ArticleExtractor.withDisplayHtml()
                .extract(
                        "<article><p onclick=\"steal()\">A paragraph long enough to be the article, with words and more words.</p>"
                                + "<script>steal()</script><p><a href=\"javascript:steal()\">link</a> and text after it to be kept.</p></article>",
                        "https://example.org/");

        assertThat(article.html())
                .contains("A paragraph long enough")
                .doesNotContain("onclick", "<script", "javascript:");
    }

    private static String only(ExtractedArticle article) {
        return article.text();
    }

    /** The scorer's measure: F1 of 4-word shingles. */
    private static double shingleF1(String expected, String actual) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> found = shingles(actual);
        int common = 0;
        for (Map.Entry<String, Integer> entry : found.entrySet()) {
            common += Math.min(entry.getValue(), truth.getOrDefault(entry.getKey(), 0));
        }
        int truthCount = truth.values().stream().mapToInt(Integer::intValue).sum();
        int foundCount = found.values().stream().mapToInt(Integer::intValue).sum();
        double precision = foundCount == 0 ? 0 : common / (double) foundCount;
        double recall = truthCount == 0 ? 0 : common / (double) truthCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> shingles(String text) {
        Matcher words = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
        List<String> tokens = new java.util.ArrayList<>();
        while (words.find()) {
            tokens.add(words.group());
        }
        Map<String, Integer> shingles = new HashMap<>();
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            shingles.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return shingles;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
