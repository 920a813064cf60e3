package com.claimboard.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimHit;
import com.claimboard.claim.ClaimSearch;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.search.Period;
import com.claimboard.shared.search.SearchIndex;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceHit;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The workspace's search on the real index: claim cards by their words, sources by their stored text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
class WorkspaceSearchTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex index;

    @Autowired
    com.claimboard.support.LocalHttpServer sourceSite;

    @BeforeEach
    void accounts() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_source_is_found_by_words_of_its_stored_text_and_a_card_by_its_own() {
        long claimId = workflow.published(
                "Les exportations de fromage ont triplé en 2025, selon la chambre d'agriculture.",
                Rating.FALSE,
                "Elles ont crû de 6 %.");
        SignIn.as("omar", "REVIEWER");

        // The test site's page says "Unemployment stood at 7.1 percent in the third quarter".
        List<SourceHit> found = sources.search("unemployment third quarter", 20);
        assertThat(found).anyMatch(hit -> hit.claimId() == claimId);
        SourceHit hit =
                found.stream().filter(h -> h.claimId() == claimId).findFirst().orElseThrow();
        assertThat(hit.excerptHtml()).contains("<mark>Unemployment</mark>").contains("<mark>quarter</mark>");
        assertThat(hit.titleHtml()).contains("statistics", "<mark>quarter</mark>");

        List<ClaimHit> cards = claims.search("fromages triple", 20);
        assertThat(cards).anyMatch(card -> card.claimId() == claimId);
        assertThat(cards.stream()
                        .filter(card -> card.claimId() == claimId)
                        .findFirst()
                        .orElseThrow()
                        .textHtml())
                .contains("<mark>fromage</mark>")
                .contains("chambre d'agriculture");
        assertThat(claims.search("fromage zzyzx", 20)).noneMatch(card -> card.claimId() == claimId);
    }

    @Test
    void a_removed_source_is_not_found_and_only_reviewers_may_search() {
        ClaimSummary card = workflow.card("Bus fares rose by 40 percent in the northern district during 2025.");
        SignIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> sources.search("unemployment", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.search("fares", 5)).isInstanceOf(AccessDeniedException.class);

        SignIn.as("rita", "REVIEWER");
        assertThat(claims.search("fares northern district", 20)).anyMatch(hit -> hit.claimId() == card.id());
        claims.take(card.id(), card.version());
        long sourceId = sources.attach(card.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.SUPPORTS)
                .id();
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sources.sourcesOf(card.id()).stream().allMatch(s -> s.state() == FetchState.FETCHED));
        assertThat(sources.search("unemployment third quarter", 100)).anyMatch(hit -> hit.sourceId() == sourceId);
        sources.remove(sourceId);
        assertThat(sources.search("unemployment third quarter", 100)).noneMatch(hit -> hit.sourceId() == sourceId);
    }

    @Test
    void facets_count_the_cards_per_state_and_assignee_and_narrow_the_hits() {
        ClaimSummary first = workflow.card("Ferry crossings to Ushant fell by a quarter in the winter of 2025.");
        ClaimSummary second = workflow.card("Ushant ferry crossings fell sharply last winter, islanders say.");
        SignIn.as("omar", "REVIEWER");
        claims.take(second.id(), second.version());

        ClaimSearch all = claims.search("ushant ferry crossings", null, null, null, 20);
        assertThat(all.hits()).extracting(ClaimHit::claimId).contains(first.id(), second.id());
        assertThat(all.byState().get(ClaimState.NEW)).isPositive();
        assertThat(all.byState().get(ClaimState.IN_RESEARCH)).isPositive();
        assertThat(all.byAssignee()).containsKey("omar");

        ClaimSearch researching = claims.search("ushant ferry crossings", ClaimState.IN_RESEARCH, null, null, 20);
        assertThat(researching.hits())
                .extracting(ClaimHit::claimId)
                .contains(second.id())
                .doesNotContain(first.id());
        // The facets still count what the words match, whatever was chosen.
        assertThat(researching.byState()).isEqualTo(all.byState());
        assertThat(claims.search("ushant ferry crossings", null, "omar", null, 20)
                        .hits())
                .extracting(ClaimHit::claimId)
                .containsExactly(second.id());
        assertThat(claims.search("ushant ferry crossings", null, "nobody-here", null, 20)
                        .hits())
                .isEmpty();
    }

    @Test
    void the_date_facet_counts_each_period_and_narrows_every_kind() throws InterruptedException {
        ClaimSummary recent = workflow.card("Lighthouse keepers on Sein were paid twice the mainland wage in 1950.");
        ClaimSummary old = workflow.card("Sein lighthouse keepers earned double the mainland wage, a historian says.");
        // The card dated two years back, as if last changed then; the index learns it from a rebuild.
        jdbc.update(
                "update claim_cards set updated_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(730, ChronoUnit.DAYS)),
                old.id());
        SignIn.as("admin", "ADMIN");
        index.rebuild();
        SignIn.as("omar", "REVIEWER");

        ClaimSearch all = claims.search("sein lighthouse keepers", null, null, null, 20);
        assertThat(all.hits()).extracting(ClaimHit::claimId).contains(recent.id(), old.id());
        // The past week, month and year overlap; the older one is on its own.
        assertThat(all.byPeriod())
                .containsEntry(Period.WEEK, 1L)
                .containsEntry(Period.MONTH, 1L)
                .containsEntry(Period.YEAR, 1L)
                .containsEntry(Period.OLDER, 1L);

        ClaimSearch thisWeek = claims.search("sein lighthouse keepers", null, null, Period.WEEK, 20);
        assertThat(thisWeek.hits()).extracting(ClaimHit::claimId).containsExactly(recent.id());
        // The period's own counts do not narrow: they say what choosing another would give.
        assertThat(thisWeek.byPeriod()).isEqualTo(all.byPeriod());
        assertThat(thisWeek.byState()).containsEntry(ClaimState.NEW, 1L);
        assertThat(claims.search("sein lighthouse keepers", null, null, Period.OLDER, 20)
                        .hits())
                .extracting(ClaimHit::claimId)
                .containsExactly(old.id());
        assertThat(sources.search("sein lighthouse keepers", Period.OLDER, 20).hits())
                .isEmpty();
    }
}
