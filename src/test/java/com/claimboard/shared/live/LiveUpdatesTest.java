package com.claimboard.shared.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Live updates end to end without a browser: what the services change reaches open screens after the commit
 * and never after a rollback, each screen re-reads it, and screens that close leave no listener behind.
 */
class LiveUpdatesTest extends KaribuTest {

    @Autowired
    Broadcast broadcast;

    @Autowired
    Changes changes;

    @Autowired
    Presence presence;

    @Autowired
    ClaimService claims;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_change_is_sent_once_after_the_commit_and_never_after_a_rollback() throws InterruptedException {
        BlockingQueue<Change> heard = new LinkedBlockingQueue<>();
        Broadcast.Subscription subscription = broadcast.subscribe(heard::add);
        try {
            TransactionTemplate transaction = new TransactionTemplate(transactionManager);
            transaction.executeWithoutResult(status -> {
                changes.claim(-1);
                status.setRollbackOnly();
            });
            transaction.executeWithoutResult(status -> {
                changes.claim(-2);
                changes.claim(-2);
                changes.article(-3);
                assertThat(heard).as("nothing before the commit").isEmpty();
            });
            changes.claim(-4); // outside a transaction: at once; delivered in order, so it closes the sequence

            List<Change> received = new java.util.ArrayList<>();
            while (received.isEmpty() || !received.getLast().equals(Change.claim(-4))) {
                Change next = heard.poll(10, TimeUnit.SECONDS);
                assertThat(next).as("the changes arrive").isNotNull();
                if (next.id() < 0) {
                    received.add(next);
                }
            }
            assertThat(received).containsExactly(Change.claim(-2), Change.article(-3), Change.claim(-4));
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void a_card_someone_else_takes_changes_on_the_open_board_without_a_reload() {
        ClaimSummary card = workflow.card("Rents in the capital rose 12 percent in a year.");
        signIn("eddie", "REVIEWER", "EDITOR");
        UI.getCurrent()
                .navigate(
                        "app", com.vaadin.flow.router.QueryParameters.of("article", String.valueOf(card.articleId())));
        @SuppressWarnings("unchecked")
        Grid<ClaimSummary> grid = _get(Grid.class, spec -> spec.withId("board-grid"));
        assertThat(GridKt._get(grid, 0).assignee()).isNull();

        SignIn.as("omar", "REVIEWER");
        claims.take(card.id(), card.version());
        SignIn.as("eddie", "REVIEWER", "EDITOR");

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(GridKt._get(grid, 0).assignee()).isEqualTo("omar");
        });
    }

    @Test
    void screens_that_close_leave_no_listener_and_no_presence_behind() {
        ClaimSummary card = workflow.card("The new tram line carries 80,000 passengers a day.");
        int before = broadcast.subscribers();
        for (int screen = 0; screen < 60; screen++) {
            signIn("rita", "REVIEWER");
            navigate("app/claims/" + card.id());
            navigate("app");
            navigate("app/articles/" + card.articleId());
            navigate("app/claims/" + card.id());
            assertThat(presence.viewers(card.id())).containsExactly("rita");
            assertThat(broadcast.subscribers()).as("one screen open").isGreaterThan(before);
            // The tab closes: Vaadin removes its UI, and every view on it detaches.
            MockVaadin.tearDown();
            MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
        }
        assertThat(broadcast.subscribers()).as("listeners left behind").isEqualTo(before);
        assertThat(presence.viewers(card.id())).isEmpty();
    }
}
