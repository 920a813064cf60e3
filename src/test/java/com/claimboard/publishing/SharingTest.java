package com.claimboard.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.support.PublicHttp;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A fact-check elsewhere, over real HTTP: share cards and their image, the framed card, and oEmbed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
class SharingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    private PublicHttp site;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        site = new PublicHttp(port);
    }

    @Test
    void a_fact_check_has_share_cards_with_an_image_drawn_on_the_server() throws Exception {
        String path = site.checkPath(workflow.published(
                "Wind farms killed two million birds in the country during 2025 alone, according to the report.",
                Rating.FALSE,
                "The report counted 40,000."));
        Document page = Jsoup.parse(site.get(path).body());
        assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("False — Wind farms killed");
        assertThat(page.select("meta[property=og:description]").attr("content"))
                .isEqualTo("The report counted 40,000.");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(path);
        String image = page.select("meta[property=og:image]").attr("content");
        assertThat(image).contains(path + "/share.png");

        String imagePath = image.substring(image.indexOf(path));
        HttpResponse<byte[]> png = site.bytes(imagePath);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(picture.getWidth()).isEqualTo(1200);
        assertThat(picture.getHeight()).isEqualTo(630);
        // The band across the top is in the rating's colour (red for False).
        assertThat(new Color(picture.getRGB(600, 5))).isEqualTo(new Color(0xb3261e));
        // Something is written on the white: the claim's lines are not blank.
        assertThat(darkPixels(picture, 64, 150, 1136, 400)).isGreaterThan(2_000);
        // Drawn once: the second answer is the same bytes, and a reader who has it gets a 304.
        HttpResponse<byte[]> again = site.bytes(imagePath);
        assertThat(again.body()).isEqualTo(png.body());
        String etag = png.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get(imagePath, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(site.bytes("/checks/no-such-check-1/share.png").statusCode()).isEqualTo(404);
    }

    @Test
    void only_the_embed_card_may_be_framed_and_oembed_finds_it_from_the_link() throws Exception {
        String path = site.checkPath(workflow.published(
                "Petrol costs 3 euros a litre everywhere in the country this winter.",
                Rating.MOSTLY_FALSE,
                "1.85 on average."));
        String slug = path.substring("/checks/".length());

        HttpResponse<String> article = site.get(path);
        assertThat(article.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(article.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        Document page = Jsoup.parse(article.body());
        String discovery = page.select("link[type=application/json+oembed]").attr("href");
        assertThat(discovery).contains("/oembed?url=");

        HttpResponse<String> card = site.get("/embed/checks/" + slug);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(card.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors *");
        Document embed = Jsoup.parse(card.body());
        assertThat(embed.select(".embed-claim").text())
                .isEqualTo("Petrol costs 3 euros a litre everywhere in the country this winter.");
        assertThat(embed.select(".rating").text()).isEqualTo("Mostly false");
        assertThat(embed.select(".embed-link a").attr("href")).endsWith(path);
        assertThat(embed.select(".embed-link a").attr("target")).isEqualTo("_blank");

        String oembedPath = discovery.substring(discovery.indexOf("/oembed"));
        HttpResponse<String> answer = site.get(oembedPath);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        JsonNode oembed = JsonMapper.builder().build().readTree(answer.body());
        assertThat(oembed.get("version").asString()).isEqualTo("1.0");
        assertThat(oembed.get("type").asString()).isEqualTo("rich");
        assertThat(oembed.get("width").asInt()).isEqualTo(SharingController.EMBED_WIDTH);
        Document iframe = Jsoup.parse(oembed.get("html").asString());
        assertThat(iframe.select("iframe").attr("src")).endsWith("/embed/checks/" + slug);
        assertThat(oembed.get("thumbnail_url").asString()).endsWith(path + "/share.png");
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(site.get(oembedPath + "&maxwidth=300").body())
                        .get("width")
                        .asInt())
                .isEqualTo(300);

        String elsewhere = URLEncoder.encode("https://elsewhere.example/checks/" + slug, StandardCharsets.UTF_8);
        assertThat(site.get("/oembed?url=" + elsewhere).statusCode()).isEqualTo(404);
        assertThat(site.get("/oembed").statusCode()).isEqualTo(404);
        assertThat(site.get(oembedPath.replace("format=json", "format=xml")).statusCode())
                .isEqualTo(501);
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int x = x0; x < x1; x += 2) {
            for (int y = y0; y < y1; y += 2) {
                if ((image.getRGB(x, y) & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
