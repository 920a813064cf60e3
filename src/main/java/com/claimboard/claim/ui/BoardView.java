package com.claimboard.claim.ui;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.claim.ClaimFilter;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.splitting.CheckworthinessReason;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.claimboard.shared.live.Presence;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LiveUpdates;
import com.claimboard.shared.ui.ReaderTime;
import com.claimboard.shared.ui.Viewers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All claim cards, or one article's, in a lazy grid the reviewer filters by state, assignee, reason and due date.
 * It follows the desk live: cards others take or move, new cards, and who has which card open.
 */
@Route("app")
@Menu(title = "menu.board", order = 0)
@RolesAllowed(Roles.REVIEWER)
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNASSIGNED = "\u0000unassigned";

    private final ClaimService claims;
    private final Map<Long, ArticleSummary> articlesById;
    private final ComboBox<ArticleSummary> article = new ComboBox<>();
    private final ComboBox<ClaimState> state = new ComboBox<>();
    private final ComboBox<String> assignee = new ComboBox<>();
    final ComboBox<CheckworthinessReason> reason = new ComboBox<>();
    final ComboBox<DueFilter> due = new ComboBox<>();
    private final Anchor openArticle = new Anchor();
    final Grid<ClaimSummary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<ClaimSummary, Void, ClaimFilter> cards;

    private final Presence presence;
    private Map<Long, List<String>> viewing = Map.of();

    BoardView(
            ClaimService claims,
            ArticleService articles,
            AccountService accounts,
            Broadcast broadcast,
            Presence presence) {
        this.claims = claims;
        this.presence = presence;
        List<ArticleSummary> allArticles = articles.all();
        this.articlesById = allArticles.stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        setSizeFull();

        article.setLabel(getTranslation("board.filter.article"));
        article.setItems(allArticles);
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setClearButtonVisible(true);
        article.setId("filter-article");
        article.setWidth("24em");

        state.setLabel(getTranslation("board.filter.state"));
        state.setItems(ClaimState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setClearButtonVisible(true);
        state.setId("filter-state");

        assignee.setLabel(getTranslation("board.filter.assignee"));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put(UNASSIGNED, getTranslation("board.filter.unassigned"));
        accounts.reviewers().forEach(r -> names.put(r.username(), r.displayName()));
        assignee.setItems(names.keySet());
        assignee.setItemLabelGenerator(name -> names.getOrDefault(name, name));
        assignee.setClearButtonVisible(true);
        assignee.setId("filter-assignee");

        reason.setLabel(getTranslation("board.filter.reason"));
        reason.setItems(CheckworthinessReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setClearButtonVisible(true);
        reason.setId("filter-reason");

        due.setLabel(getTranslation("board.filter.due"));
        due.setItems(DueFilter.values());
        due.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        due.setClearButtonVisible(true);
        due.setId("filter-due");

        openArticle.setText(getTranslation("board.open-article"));
        openArticle.setId("open-article");
        openArticle.setVisible(false);

        HorizontalLayout filters = new HorizontalLayout(article, state, assignee, reason, due, openArticle);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Instant now = Instant.now();
        grid.addColumn(ClaimSummary::text)
                .setHeader(getTranslation("board.column.claim"))
                .setFlexGrow(4)
                .setTooltipGenerator(ClaimSummary::text);
        grid.addComponentColumn(
                        card -> Badges.of(this, card.state(), card.state().messageKey()))
                .setHeader(getTranslation("board.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> card.assignee() == null ? "" : names.getOrDefault(card.assignee(), card.assignee()))
                .setHeader(getTranslation("board.column.assignee"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> card.dueOn() == null ? "" : ReaderTime.date(this, card.dueOn()))
                .setHeader(getTranslation("board.column.due"))
                .setKey("due")
                .setSortProperty("dueOn")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(card -> {
                    List<String> people = viewing.getOrDefault(card.id(), List.of());
                    return people.isEmpty()
                            ? new Span()
                            : Viewers.of(people, username -> names.getOrDefault(username, username));
                })
                .setHeader(getTranslation("board.column.viewing"))
                .setKey("viewing")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> Badges.age(card.createdAt(), now))
                .setHeader(getTranslation("board.column.age"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> Math.round(card.checkworthiness() * 100) + " %")
                .setHeader(getTranslation("board.column.checkworthiness"))
                .setKey("checkworthiness")
                .setSortProperty("checkworthiness")
                .setTooltipGenerator(card -> String.join(
                        ", ",
                        card.reasons().stream()
                                .map(r -> getTranslation(r.messageKey()))
                                .toList()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> {
                    ArticleSummary a = articlesById.get(card.articleId());
                    return a == null ? "" : a.title();
                })
                .setHeader(getTranslation("board.column.article"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("board.empty"));
        LocalDate today = LocalDate.now(ReaderTime.zone(this));
        grid.setPartNameGenerator(card -> card.overdue(today) ? "overdue" : null);
        grid.setId("board-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate("app/claims/" + click.getItem().id())));
        grid.setSizeFull();

        CallbackDataProvider<ClaimSummary, ClaimFilter> provider = new CallbackDataProvider<>(
                query -> claims
                        .board(
                                query.getFilter().orElse(ClaimFilter.all()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) claims.count(query.getFilter().orElse(ClaimFilter.all())),
                ClaimSummary::id);
        cards = provider.withConfigurableFilter();
        grid.setItems(cards);

        article.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        reason.addValueChangeListener(e -> refresh());
        due.addValueChangeListener(e -> refresh());

        // Cards others take, move or add show here at once, and so do the cards someone has open.
        LiveUpdates.follow(
                this,
                broadcast,
                change -> change.topic() == Change.Topic.CLAIM || change.topic() == Change.Topic.ARTICLE,
                cards::refreshAll);
        LiveUpdates.follow(this, broadcast, change -> change.topic() == Change.Topic.PRESENCE, () -> {
            viewing = presence.everyone();
            cards.refreshAll();
        });
        viewing = presence.everyone();

        add(new H2(getTranslation("board.title")), filters, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("article")
                .flatMap(id -> {
                    try {
                        return java.util.Optional.ofNullable(articlesById.get(Long.parseLong(id)));
                    } catch (NumberFormatException e) {
                        return java.util.Optional.empty();
                    }
                })
                .ifPresent(article::setValue);
    }

    private void refresh() {
        String who = assignee.getValue();
        cards.setFilter(new ClaimFilter(
                article.getValue() == null ? null : article.getValue().id(),
                state.getValue(),
                who == null || who.equals(UNASSIGNED) ? null : who,
                UNASSIGNED.equals(who),
                reason.getValue(),
                due.getValue() == null ? null : due.getValue().dueBy(LocalDate.now(ReaderTime.zone(this)))));
        openArticle.setVisible(article.getValue() != null);
        if (article.getValue() != null) {
            openArticle.setHref("app/articles/" + article.getValue().id());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " · " + getTranslation("app.name");
    }
}
