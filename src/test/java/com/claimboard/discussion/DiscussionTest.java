package com.claimboard.discussion;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.TextLimit;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A claim's discussion on the real database: order, mentions, edits and deletions by their author only, kept. */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class DiscussionTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    DiscussionService discussion;

    @Autowired
    JdbcTemplate jdbc;

    private ClaimSummary card;

    @BeforeEach
    void aClaim() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        card = workflow.card("Le port a doublé son trafic en 2026, selon la région.");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void comments_come_in_order_and_mention_only_people_with_an_account() {
        SignIn.as("rita", "REVIEWER");
        CommentView first = discussion.post(
                card.id(), "  @omar can you call the port? Copy @Eddie. Not @nobody, nor rita@example.org.  ");
        SignIn.as("omar", "REVIEWER");
        discussion.post(card.id(), "Called them: 12 % more, not double.");

        assertThat(first.body()).startsWith("@omar can you").endsWith("rita@example.org.");
        assertThat(first.mentions()).containsExactlyInAnyOrder("omar", "eddie");
        assertThat(discussion.thread(card.id())).extracting(CommentView::author).containsExactly("rita", "omar");
        assertThat(discussion.thread(card.id()).getFirst().mine())
                .as("omar reads rita's")
                .isFalse();
    }

    @Test
    void only_the_author_edits_or_deletes_and_every_earlier_wording_is_kept() {
        SignIn.as("rita", "REVIEWER");
        CommentView posted = discussion.post(card.id(), "The region says 100 %.");
        CommentView edited = discussion.edit(posted.id(), posted.version(), "The region says 100 %, @omar.");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.earlierWordings()).isEqualTo(1);
        assertThat(edited.mentions()).containsExactly("omar");

        SignIn.as("omar", "REVIEWER");
        assertRefused(() -> discussion.edit(posted.id(), edited.version(), "Mine now."), "discussion.error.not-author");
        assertRefused(() -> discussion.delete(posted.id(), edited.version()), "discussion.error.not-author");

        SignIn.as("rita", "REVIEWER");
        assertRefused(() -> discussion.edit(posted.id(), posted.version(), "Stale."), "discussion.error.stale");
        CommentView deleted = discussion.delete(posted.id(), edited.version());
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isNull();
        assertThat(discussion.thread(card.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.deleted()).isTrue());
        assertThat(jdbc.queryForList(
                        "select body from comment_revisions where comment_id = ?", String.class, posted.id()))
                .containsExactly("The region says 100 %.");
        assertThat(jdbc.queryForObject("select body from comments where id = ?", String.class, posted.id()))
                .as("kept, only hidden")
                .isEqualTo("The region says 100 %, @omar.");
        assertRefused(() -> discussion.edit(posted.id(), deleted.version(), "Back."), "discussion.error.not-author");
    }

    @Test
    void a_comment_has_words_and_a_limit_and_only_the_desk_takes_part() {
        SignIn.as("rita", "REVIEWER");
        assertRefused(() -> discussion.post(card.id(), "   "), "discussion.error.empty");
        String longest = "x".repeat(DiscussionService.BODY.max());
        assertThatThrownBy(() -> discussion.post(card.id(), longest + "x")).isInstanceOf(TextLimit.TooLong.class);
        assertThat(discussion.post(card.id(), longest).body()).hasSize(DiscussionService.BODY.max());

        SignIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> discussion.thread(card.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussion.post(card.id(), "Hello")).isInstanceOf(AccessDeniedException.class);
    }
}
