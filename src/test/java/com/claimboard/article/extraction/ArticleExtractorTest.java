package com.claimboard.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void a_french_page_in_windows_1252_comes_out_with_its_metadata_and_text() throws IOException {
        ExtractedArticle article =
                extractor.extract(page("pages/news-article.html"), null, "https://quotidien.example/x");

        assertThat(article.title()).isEqualTo("La dette publique atteint un record - Le Quotidien");
        assertThat(article.byline()).isEqualTo("Claire Martin");
        assertThat(article.siteName()).isEqualTo("Le Quotidien");
        assertThat(article.publishedTime()).isEqualTo("2026-03-05T08:30:00+01:00");
        assertThat(article.lang()).isEqualTo("fr");
        assertThat(article.canonicalUrl()).isEqualTo("https://quotidien.example/economie/dette-record");
        assertThat(article.blocks())
                .containsExactly(
                        "La dette publique atteint un record",
                        "La dette publique a atteint 3 300 milliards d'euros à la fin de l'année, selon l'Insee.",
                        "« C'est un niveau préoccupant », a déclaré le ministre de l'Économie.");
    }

    @Test
    void an_empty_or_bodiless_page_gives_an_empty_article_not_an_error() {
        assertThat(extractor.extract("", null).blocks()).isEmpty();
        assertThat(extractor
                        .extract("<html><head><title>T</title></head></html>", null)
                        .title())
                .isEqualTo("T");
    }

    @Test
    void paragraphs_without_an_article_element_are_found_in_their_densest_container() {
        String html = "<body><div id=menu><p>Menu</p></div><div id=story><p>First long paragraph of the story here.</p>"
                + "<p>Second long paragraph of the story here.</p></div></body>";

        assertThat(extractor.extract(html, null).blocks())
                .containsExactly("First long paragraph of the story here.", "Second long paragraph of the story here.");
    }

    private static byte[] page(String path) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
