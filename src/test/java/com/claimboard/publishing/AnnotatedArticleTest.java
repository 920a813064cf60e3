package com.claimboard.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.claimboard.support.PublicHttp;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The annotated article over real HTTP: only the published claims are marked, in place, each with its rating. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSourceSite.class)
@Tag(TestDatabase.TAG)
class AnnotatedArticleTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final String TEXT = """
            The mayor spoke on Monday about the city's finances.
            She said that crime fell by 40 percent in 2025 across every district. Unemployment reached 12 percent in \
            March, the highest level in a decade.
            Later, the council said the new tram line carried 80,000 passengers a day in its first month.""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    VerdictService verdicts;

    @Autowired
    com.claimboard.support.LocalHttpServer sourceSite;

    private PublicHttp site;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        site = new PublicHttp(port);
    }

    @Test
    void only_published_claims_are_marked_in_place_with_their_rating_and_link() {
        long articleId = SignIn.call(
                "rita",
                List.of("REVIEWER"),
                () -> articles.importArticle(new ArticleDraft(
                        "The mayor on the city's finances",
                        TEXT,
                        "https://news.example.com/mayor",
                        "Example News",
                        java.time.LocalDate.of(2026, 11, 20))));
        List<ClaimSummary> cards = SignIn.call("rita", List.of("REVIEWER"), () -> claims.cardsOf(articleId));
        ClaimSummary crime = card(cards, "crime fell by 40 percent");
        ClaimSummary tram = card(cards, "80,000 passengers");
        ClaimSummary unemployment = card(cards, "Unemployment reached 12 percent");

        assertThat(site.get("/articles/" + articleId).statusCode()).isEqualTo(404);
        publish(crime, Rating.FALSE, "It fell by 4 percent.");
        publish(tram, Rating.TRUE, "The operator's counts agree.");
        // The third card is only proposed: it must not be marked.
        propose(unemployment, Rating.MOSTLY_TRUE, "12.4 percent, says the agency.");

        var answer = site.get("/articles/" + articleId);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("ETag")).isPresent();
        Document page = Jsoup.parse(answer.body());
        List<Element> marks = page.select("mark.checked-claim");
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).text()).contains("crime fell by 40 percent in 2025");
        assertThat(marks.get(1).text()).contains("80,000 passengers");
        assertThat(page.select("a.claim-rating").eachText()).containsExactly("False", "True");
        String crimePath = site.checkPath(crime.id());
        assertThat(marks.get(0).selectFirst("a").attr("href")).isEqualTo(crimePath);
        assertThat(page.select("article.article-text").text()).contains("Unemployment reached 12 percent in March");
        assertThat(page.select("mark").text()).doesNotContain("Unemployment");
        assertThat(page.select(".article-intro").text()).startsWith("2 claims in this article were checked");

        // The fact-check links to its place in the article, and the sitemap lists the article.
        Document check = Jsoup.parse(site.get(crimePath).body());
        assertThat(check.select("a.in-article").attr("href"))
                .isEqualTo("/articles/" + articleId + "#claim-" + crimePath.substring("/checks/".length()));
        assertThat(site.get("/sitemap.xml").body()).contains("/articles/" + articleId + "</loc>");
        assertThat(site.get("/articles/not-a-number").statusCode()).isEqualTo(404);
    }

    private static ClaimSummary card(List<ClaimSummary> cards, String words) {
        return cards.stream()
                .filter(card -> card.text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card with " + words + " in " + cards));
    }

    private VerdictSummary propose(ClaimSummary card, Rating rating, String summary) {
        return SignIn.call("rita", List.of("REVIEWER"), () -> {
            ClaimSummary taken = claims.take(card.id(), card.version());
            sources.attach(taken.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.SUPPORTS);
            Awaitility.await()
                    .pollInSameThread()
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> sources.sourcesOf(card.id()).stream().allMatch(s -> s.state() == FetchState.FETCHED));
            VerdictSummary draft = verdicts.saveDraft(card.id(), VerdictDraft.of(rating, summary, "Explained."), null);
            return verdicts.propose(draft.id(), draft.version());
        });
    }

    private void publish(ClaimSummary card, Rating rating, String summary) {
        VerdictSummary proposed = propose(card, rating, summary);
        SignIn.call("eddie", List.of("EDITOR", "REVIEWER"), () -> verdicts.approve(proposed.id(), proposed.version()));
    }
}
