package com.claimboard.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * A card imported again in other words is found already checked, with its verdict; a reviewer confirms and closes
 * it with that verdict, or rejects the link, which is then not suggested again. On the real database and model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class DuplicatesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    DuplicateService duplicates;

    @Autowired
    DuplicateFinder finder;

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
    void a_rephrased_published_claim_is_already_checked_and_closed_with_its_verdict() throws Exception {
        long checked = workflow.published(
                "The city council spent 42 million euros on the new tram depot in Lyon.",
                Rating.FALSE,
                "The depot cost 12 million euros.");
        ClaimSummary again = workflow.card("The Lyon city council spent 42 million euros on its new tram depot.");

        finder.awaitIdle();
        SignIn.as("omar", "REVIEWER");
        List<LinkView> links = duplicates.linksOf(again.id());
        LinkView link = links.stream()
                .filter(l -> l.checkedClaimId() == checked)
                .findFirst()
                .orElseThrow();
        assertThat(link.kind()).isEqualTo(LinkKind.ALREADY_CHECKED);
        assertThat(link.status()).isEqualTo(LinkStatus.SUGGESTED);
        assertThat(link.similarity()).isGreaterThan(0.8);
        assertThat(link.publicPath()).startsWith("/checks/");
        assertThat(link.rating().code()).isEqualTo("FALSE");
        assertThat(link.canDecide()).isTrue();
        assertThat(link.canClose()).isFalse();
        assertThatThrownBy(() -> duplicates.closeWithVerdict(link.id(), again.version()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "duplicates.error.not-confirmed");

        duplicates.confirm(link.id(), link.version());
        LinkView confirmed = linkTo(again.id(), checked);
        assertThat(confirmed.status()).isEqualTo(LinkStatus.CONFIRMED);
        assertThat(confirmed.decidedBy()).isEqualTo("omar");
        assertThat(confirmed.canClose()).isTrue();
        // Someone who read the link before it was confirmed is told so.
        assertThatThrownBy(() -> duplicates.reject(link.id(), link.version()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "duplicates.error.stale");

        ClaimSummary closed = duplicates.closeWithVerdict(
                confirmed.id(), claims.claim(again.id()).version());
        assertThat(closed.state()).isEqualTo(ClaimState.DISMISSED);
        assertThat(closed.dismissReason()).contains("False").contains(link.publicPath());
        assertThat(linkTo(again.id(), checked).canClose()).isFalse();
    }

    @Test
    void a_rejected_pair_is_not_suggested_again_and_unrelated_cards_get_no_link() throws Exception {
        long checked = workflow.published(
                "Hospital waiting lists in Brittany doubled between 2019 and 2024.", Rating.FALSE, "They grew 20 %.");
        ClaimSummary like = workflow.card("Waiting lists at Breton hospitals doubled in five years, says a union.");
        ClaimSummary unrelated = workflow.card("The price of cocoa beans rose sharply in Ghana this spring.");
        finder.awaitIdle();

        SignIn.as("rita", "REVIEWER");
        assertThat(duplicates.linksOf(unrelated.id())).noneMatch(l -> l.checkedClaimId() == checked);
        LinkView link = duplicates.linksOf(like.id()).stream()
                .filter(l -> l.checkedClaimId() == checked)
                .findFirst()
                .orElseThrow();
        duplicates.reject(link.id(), link.version());
        assertThat(duplicates.linksOf(like.id())).noneMatch(l -> l.checkedClaimId() == checked);

        // Reworded, the card is matched again: the rejected pair stays rejected.
        ClaimSummary taken = claims.take(like.id(), like.version());
        claims.reword(taken.id(), taken.version(), "Waiting lists at hospitals in Brittany doubled since 2019.");
        finder.awaitIdle();
        assertThat(duplicates.linksOf(like.id())).noneMatch(l -> l.checkedClaimId() == checked);
        assertThat(claims.allows(like.id(), ClaimAction.CLOSE_AS_CHECKED)).isTrue();
    }

    @Test
    void a_reworded_card_is_matched_again_and_only_reviewers_read_links() throws Exception {
        long checked = workflow.published(
                "Wind turbines kill more birds each year than cats do in France.", Rating.FALSE, "Cats kill far more.");
        ClaimSummary card = workflow.card("Farmers say the new motorway will cut the journey to Paris by an hour.");
        finder.awaitIdle();

        SignIn.as("rita", "REVIEWER");
        assertThat(duplicates.linksOf(card.id())).noneMatch(l -> l.checkedClaimId() == checked);
        ClaimSummary taken = claims.take(card.id(), card.version());
        claims.reword(taken.id(), taken.version(), "In France, wind turbines kill more birds every year than cats.");
        finder.awaitIdle();
        assertThat(duplicates.linksOf(card.id()))
                .anyMatch(l -> l.checkedClaimId() == checked && l.kind() == LinkKind.ALREADY_CHECKED);

        SignIn.out();
        assertThatThrownBy(() -> duplicates.linksOf(card.id()))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        SignIn.as("nobody", "USER");
        assertThatThrownBy(() -> duplicates.linksOf(card.id())).isInstanceOf(AccessDeniedException.class);
    }

    /** The card's link to that earlier card (other tests' published claims may be linked too). */
    private LinkView linkTo(long claimId, long checkedClaimId) {
        return duplicates.linksOf(claimId).stream()
                .filter(l -> l.checkedClaimId() == checkedClaimId)
                .findFirst()
                .orElseThrow();
    }
}
