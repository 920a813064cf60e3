package com.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.splitting.CheckworthinessReason;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** After a merge, a split or a reword, a card's check-worthiness, reasons and speaker are those of its new words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
class CardAssessedAgainTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

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

    @Test
    void merged_and_split_cards_are_scored_and_attributed_again() {
        long articleId = articles.importArticle(new ArticleDraft(
                "Budget de Brest",
                "Le maire Jean Dupont a présenté le budget. Il a déclaré que la dette baisserait de 12 % en 2027.",
                null,
                null,
                LocalDate.of(2026, 11, 30),
                null,
                "fr"));
        List<ClaimSummary> cards = claims.cardsOf(articleId);
        assertThat(cards).hasSize(2);
        assertThat(cards.getFirst().reasons()).doesNotContain(CheckworthinessReason.STATISTIC);

        ClaimSummary merged =
                claims.mergeWithNext(cards.getFirst().id(), cards.getFirst().version());
        assertThat(merged.reasons()).contains(CheckworthinessReason.STATISTIC);
        assertThat(merged.checkworthiness()).isGreaterThan(cards.getFirst().checkworthiness());

        int cut = "Le maire Jean Dupont a présenté le budget. ".length();
        ClaimSummary second = claims.split(merged.id(), merged.version(), cut);
        ClaimSummary first = claims.cardsOf(articleId).stream()
                .filter(card -> card.id().equals(merged.id()))
                .findFirst()
                .orElseThrow();
        // Both halves are assessed on their own words; "Il" is the mayor named in the sentence before.
        assertThat(first.reasons()).doesNotContain(CheckworthinessReason.STATISTIC);
        assertThat(second.reasons()).contains(CheckworthinessReason.STATISTIC);
        assertThat(second.speaker()).isEqualTo("Jean Dupont");
        assertThat(second.speakerByContext()).isTrue();

        ClaimSummary reworded =
                claims.reword(first.id(), first.version(), "Selon l'Insee, le chômage a baissé de 3 %.");
        assertThat(reworded.speaker()).isEqualTo("l'Insee");
        assertThat(reworded.reasons()).contains(CheckworthinessReason.STATISTIC);
    }
}
