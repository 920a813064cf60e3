package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleLimits;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimLimits;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.TextLimit;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceSummary;
import com.claimboard.source.Stance;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictLimits;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every text the services store, at its limit, below it and one past it: at or below, it is stored whole; past it,
 * refused with the limit named, and what was saved before stays as it was. Nothing a person wrote is ever cut;
 * what a fetched page says about itself is shortened to its column with a mark that says so.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class LimitsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

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
    WorkflowDriver workflow;

    @BeforeEach
    void signIn() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        SignIn.as("rita", "REVIEWER");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static String text(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append("Les prix ont monté de 3 %. ");
        }
        return text.substring(0, length).strip()
                + "x".repeat(length - text.substring(0, length).strip().length());
    }

    private static void refusedPast(TextLimit limit, Runnable store) {
        assertThatThrownBy(store::run).isInstanceOf(TextLimit.TooLong.class).satisfies(refusal -> {
            TextLimit.TooLong tooLong = (TextLimit.TooLong) refusal;
            assertThat(tooLong.limit()).isEqualTo(limit);
            assertThat(tooLong.length()).isEqualTo(limit.max() + 1);
            assertThat(tooLong.messageKey()).isEqualTo("error.too-long");
        });
    }

    private void importFieldAtAndPastItsLimit(TextLimit limit, Function<String, ArticleDraft> draftWith) {
        long countBefore = articles.all().size();
        long below = articles.importArticle(draftWith.apply("b".repeat(limit.max() - 1)));
        long at = articles.importArticle(draftWith.apply("a".repeat(limit.max())));
        assertThat(articles.summary(at)).isNotNull();
        assertThat(articles.summary(below)).isNotNull();
        refusedPast(limit, () -> articles.importArticle(draftWith.apply("p".repeat(limit.max() + 1))));
        assertThat(articles.all()).as("nothing imported past the limit").hasSize((int) countBefore + 2);
    }

    @Test
    void an_articles_title_byline_and_outlet_are_kept_whole_up_to_their_limits_and_refused_past_them() {
        importFieldAtAndPastItsLimit(
                ArticleLimits.TITLE,
                title -> new ArticleDraft(title, "Prices rose by " + title.length() + " percent.", null, null, null));
        assertThat(articles.all().getFirst().title()).hasSize(ArticleLimits.TITLE.max());
        importFieldAtAndPastItsLimit(
                ArticleLimits.BYLINE,
                byline -> new ArticleDraft(
                        "Byline", "Wages rose by " + byline.length() + " percent.", null, null, null, byline, null));
        importFieldAtAndPastItsLimit(
                ArticleLimits.OUTLET,
                outlet -> new ArticleDraft(
                        "Outlet", "Rents rose by " + outlet.length() + " percent.", null, outlet, null));
    }

    @Test
    void an_articles_address_is_kept_up_to_2000_characters_and_must_be_a_web_address() {
        String base = "https://news.example.org/";
        importFieldAtAndPastItsLimit(
                ArticleLimits.URL,
                tail -> new ArticleDraft(
                        "Address " + tail.length(),
                        "Fares rose by " + tail.length() + " percent.",
                        base + tail.substring(base.length()),
                        null,
                        null));

        for (String notAWebAddress :
                new String[] {"javascript:alert(document.domain)", "data:text/html,<b>x</b>", "/relative"}) {
            assertThatThrownBy(() -> articles.importArticle(
                            new ArticleDraft("Script", "Taxes rose by 2 percent.", notAWebAddress, null, null)))
                    .extracting(e -> ((DomainRuleViolation) e).messageKey())
                    .isEqualTo("error.not-web-address");
        }
    }

    @Test
    void an_article_of_exactly_the_limit_is_imported_whole_and_one_character_more_is_refused() {
        String atLimit = text(ArticleLimits.TEXT.max());
        long id = articles.importArticle(new ArticleDraft("Longest feature", atLimit, null, null, null));
        assertThat(articles.text(id)).isEqualTo(atLimit);

        refusedPast(
                ArticleLimits.TEXT,
                () -> articles.importArticle(new ArticleDraft("Too long", atLimit + "y", null, null, null)));
    }

    @Test
    void a_language_that_is_not_a_code_is_refused_and_an_empty_one_detected() {
        assertThatThrownBy(() -> articles.importArticle(
                        new ArticleDraft("Lang", "Le chômage a baissé.", null, null, null, null, "français")))
                .extracting(e -> ((DomainRuleViolation) e).messageKey())
                .isEqualTo("import.error.lang");
        long id = articles.importArticle(
                new ArticleDraft("Lang", "Le chômage a baissé de 3 % en un an.", null, null, null, null, " "));
        assertThat(articles.summary(id).lang()).isEqualTo("fr");
    }

    @Test
    void a_source_address_is_kept_up_to_2000_characters_and_refused_past_them_without_being_stored() {
        ClaimSummary card = workflow.card("The bridge cost 4 billion euros.");
        SignIn.as("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        String base = "https://stats.example.org/";

        sources.attach(card.id(), base + "a".repeat(SourceService.URL.max() - base.length()), Stance.CONTEXT);
        refusedPast(
                SourceService.URL,
                () -> sources.attach(
                        card.id(), base + "a".repeat(SourceService.URL.max() - base.length() + 1), Stance.CONTEXT));

        assertThat(sources.sourcesOf(card.id())).hasSize(1);
        assertThat(sources.sourcesOf(card.id()).getFirst().url()).hasSize(SourceService.URL.max());
    }

    @Test
    void a_fetched_pages_title_longer_than_its_column_is_shortened_with_a_mark_and_its_text_kept_whole() {
        ClaimSummary card = workflow.card("The tunnel cost 2 billion euros.");
        SignIn.as("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        String title = "Tunnel ".repeat(100);
        String page = "<html><head><title>" + title + "</title></head><body><article><p>"
                + "The tunnel cost 1.8 billion euros in the end, the audit office found after a long inquiry.</p>"
                + "</article></body></html>";

        SourceSummary source = sources.attachSavedCopy(
                card.id(),
                "https://audit.example.org/tunnel",
                Stance.CONTEXT,
                page.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8");

        assertThat(source.title()).hasSize(500).endsWith("…").startsWith("Tunnel Tunnel");
        assertThat(sources.snapshot(source.id())).contains("1.8 billion euros in the end");
    }

    @Test
    void a_summary_past_280_characters_is_refused_and_the_saved_verdict_stays_as_it_was() {
        ClaimSummary card = workflow.card("Crime fell 20 percent last year.");
        SignIn.as("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        String saved = "s".repeat(VerdictLimits.SUMMARY.max());
        VerdictSummary first = verdicts.saveDraft(card.id(), VerdictDraft.of(Rating.FALSE, saved, "Why."), null);

        refusedPast(
                VerdictLimits.SUMMARY,
                () -> verdicts.saveDraft(
                        card.id(),
                        VerdictDraft.of(Rating.TRUE, "w".repeat(VerdictLimits.SUMMARY.max() + 1), "Other."),
                        first.version()));
        refusedPast(
                VerdictLimits.EXPLANATION,
                () -> verdicts.saveDraft(
                        card.id(),
                        VerdictDraft.of(Rating.TRUE, "ok", "e".repeat(VerdictLimits.EXPLANATION.max() + 1)),
                        first.version()));

        VerdictSummary kept = verdicts.openVerdict(card.id()).orElseThrow();
        assertThat(kept.summary()).isEqualTo(saved);
        assertThat(kept.rating()).isEqualTo(Rating.FALSE.name());
        assertThat(kept.explanation()).isEqualTo("Why.");
        assertThat(kept.version()).isEqualTo(first.version());
    }

    @Test
    void a_review_comment_past_its_limit_is_refused_and_the_verdict_stays_under_review() {
        VerdictSummary proposed =
                workflow.proposed("Rents doubled in five years.", Rating.MOSTLY_TRUE, "They rose 90%.");
        SignIn.as("eddie", "EDITOR", "REVIEWER");

        refusedPast(
                VerdictLimits.REVIEW_COMMENT,
                () -> verdicts.requestChanges(
                        proposed.id(), proposed.version(), "c".repeat(VerdictLimits.REVIEW_COMMENT.max() + 1)));

        assertThat(verdicts.latest(proposed.claimId()).orElseThrow().state())
                .isEqualTo(com.claimboard.verdict.VerdictState.PROPOSED);
        verdicts.requestChanges(proposed.id(), proposed.version(), "c".repeat(VerdictLimits.REVIEW_COMMENT.max()));
    }

    @Test
    void a_rewording_and_a_dismissal_reason_past_their_limits_are_refused_and_the_card_stays_as_it_was() {
        ClaimSummary card = workflow.card("Exports grew by 11 percent.");
        SignIn.as("omar", "REVIEWER");

        refusedPast(
                ClaimLimits.TEXT,
                () -> claims.reword(card.id(), card.version(), "r".repeat(ClaimLimits.TEXT.max() + 1)));
        refusedPast(
                ClaimLimits.DISMISS_REASON,
                () -> claims.dismiss(card.id(), card.version(), "d".repeat(ClaimLimits.DISMISS_REASON.max() + 1)));

        ClaimSummary kept = claims.claim(card.id());
        assertThat(kept.text()).isEqualTo("Exports grew by 11 percent.");
        assertThat(kept.state()).isEqualTo(com.claimboard.claim.ClaimState.NEW);
        assertThat(kept.version()).isEqualTo(card.version());
        ClaimSummary reworded = claims.reword(card.id(), card.version(), "r".repeat(ClaimLimits.TEXT.max()));
        assertThat(reworded.text()).hasSize(ClaimLimits.TEXT.max());
    }

    @Test
    void a_claimant_and_an_appearance_are_kept_up_to_their_limits_and_an_appearance_must_be_a_web_address() {
        ClaimSummary card = workflow.card("Unemployment fell to 5 percent, the minister said.");
        SignIn.as("omar", "REVIEWER");
        var person = com.claimboard.claim.ClaimantKind.PERSON;

        refusedPast(
                ClaimLimits.CLAIMANT,
                () -> claims.describe(
                        card.id(),
                        card.version(),
                        new com.claimboard.claim.ClaimOrigin(
                                "c".repeat(ClaimLimits.CLAIMANT.max() + 1), person, null, null)));
        String longest = "https://example.org/" + "a".repeat(ClaimLimits.APPEARANCE_URL.max() - 20);
        refusedPast(
                ClaimLimits.APPEARANCE_URL,
                () -> claims.describe(
                        card.id(),
                        card.version(),
                        new com.claimboard.claim.ClaimOrigin(null, null, null, longest + "a")));
        assertThatThrownBy(() -> claims.describe(
                        card.id(),
                        card.version(),
                        new com.claimboard.claim.ClaimOrigin("X", person, null, "javascript:alert(1)")))
                .isInstanceOf(com.claimboard.shared.DomainRuleViolation.class)
                .extracting(e -> ((com.claimboard.shared.DomainRuleViolation) e).messageKey())
                .isEqualTo("error.not-web-address");
        assertThat(claims.claim(card.id()).origin()).isEqualTo(com.claimboard.claim.ClaimOrigin.UNKNOWN);

        ClaimSummary described = claims.describe(
                card.id(),
                card.version(),
                new com.claimboard.claim.ClaimOrigin("c".repeat(ClaimLimits.CLAIMANT.max()), person, null, longest));
        assertThat(described.origin().claimant()).hasSize(ClaimLimits.CLAIMANT.max());
        assertThat(described.origin().appearanceUrl()).hasSize(ClaimLimits.APPEARANCE_URL.max());
    }
}
