package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LiveUpdates;
import com.claimboard.verdict.ReviewItem;
import com.claimboard.verdict.VerdictService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/** Proposed verdicts waiting for an editor, oldest first. */
@Route("app/review")
@Menu(title = "menu.review", order = 2)
@RolesAllowed(Roles.EDITOR)
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ReviewItem> grid = new Grid<>();

    ReviewQueueView(
            VerdictService verdicts,
            AccountService accounts,
            com.claimboard.verdict.RatingScale ratings,
            Broadcast broadcast) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        ratings.all().forEach(r -> names.put(r.code(), r.name(com.claimboard.shared.ui.ReaderTime.locale(this))));
        setSizeFull();
        Instant now = Instant.now();
        grid.addColumn(item -> item.claim().text())
                .setHeader(getTranslation("board.column.claim"))
                .setFlexGrow(4);
        grid.addColumn(item -> item.verdict().rating() == null
                        ? ""
                        : names.getOrDefault(
                                item.verdict().rating(), item.verdict().rating()))
                .setHeader(getTranslation("verdict.rating"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> accounts.displayName(item.verdict().author()))
                .setHeader(getTranslation("review.column.author"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> Badges.age(item.verdict().proposedAt(), now))
                .setHeader(getTranslation("review.column.waiting"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("review.empty"));
        grid.setId("review-grid");
        grid.setItems(verdicts.reviewQueue());
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("app/claims/" + click.getItem().claim().id())));
        grid.setSizeFull();
        add(new H2(getTranslation("review.queue.title")), grid);
        // A verdict proposed, approved or sent back by anyone changes the queue at once.
        LiveUpdates.follow(
                this,
                broadcast,
                change -> change.topic() == Change.Topic.CLAIM,
                () -> grid.setItems(verdicts.reviewQueue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title") + " · " + getTranslation("app.name");
    }
}
