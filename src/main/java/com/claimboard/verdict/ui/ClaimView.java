package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleService;
import com.claimboard.audit.AuditService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.claimboard.shared.live.Presence;
import com.claimboard.shared.ui.LiveUpdates;
import com.claimboard.shared.ui.Viewers;
import com.claimboard.source.PassageService;
import com.claimboard.source.SourceService;
import com.claimboard.verdict.VerdictService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One claim: take it, attach sources (fetched in the background, shown as they arrive), draft and propose a
 * verdict; editors approve or send it back here. What others change shows at once (pushed), and so does who else
 * has the claim open. Each section shows only what the domain allows the reader; the
 * services check again.
 */
@Route("app/claims/:claimId")
@RolesAllowed(Roles.REVIEWER)
public class ClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ArticleService articles;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final AuthenticationContext authentication;

    private final ClaimHeader header;
    final SourcesSection sourcesSection;
    final VerdictSection verdictSection;
    final DiscussionSection discussionSection;
    final ReviewSection reviewSection;
    private final HistorySection history;

    private final AccountService accounts;
    private final Presence presence;
    private final PassageService passages;
    private final Div viewers = new Div();
    private final List<com.claimboard.shared.ui.ClaimPanel> panels;
    private final Div panelArea = new Div();

    private long claimId;
    private ClaimPage page;
    private Presence.Visit visit;
    private Registration heartbeat;

    ClaimView(
            ClaimService claims,
            ArticleService articles,
            SourceService sources,
            VerdictService verdicts,
            AuditService audit,
            AccountService accounts,
            com.claimboard.verdict.RatingScale ratings,
            com.claimboard.discussion.DiscussionService discussion,
            AuthenticationContext authentication,
            Broadcast broadcast,
            Presence presence,
            PassageService passages,
            List<com.claimboard.shared.ui.ClaimPanel> panels) {
        this.passages = passages;
        this.panels = List.copyOf(panels);
        this.claims = claims;
        this.articles = articles;
        this.sources = sources;
        this.verdicts = verdicts;
        this.authentication = authentication;
        this.accounts = accounts;
        this.presence = presence;
        setMaxWidth("70em");
        header = new ClaimHeader(claims, accounts, () -> refresh(true));
        sourcesSection = new SourcesSection(sources, this::refreshSources);
        verdictSection = new VerdictSection(verdicts, accounts, ratings, () -> refresh(false), () -> refresh(true));
        reviewSection = new ReviewSection(verdicts, () -> refresh(true));
        history = new HistorySection(audit, accounts);
        discussionSection = new DiscussionSection(discussion, accounts);
        viewers.setId("claim-viewers");
        viewers.addClassName("viewers");
        panelArea.setId("claim-panels");
        add(viewers, header, panelArea, sourcesSection, verdictSection, reviewSection, discussionSection, history);
        // What anyone changes on this claim shows here at once; who else has it open, too.
        LiveUpdates.follow(this, broadcast, change -> change.is(Change.Topic.CLAIM, claimId), this::refreshLive);
        LiveUpdates.follow(this, broadcast, change -> change.is(Change.Topic.PRESENCE, claimId), this::showViewers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            claimId = event.getRouteParameters().getLong("claimId").orElseThrow(() -> new NotFound("claim", "?"));
            refresh(true);
            if (isAttached()) {
                // The same view, another claim: the person leaves the one and opens the other.
                visit(event.getUI());
            }
        } catch (NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        visit(attachEvent.getUI());
        heartbeat = attachEvent.getUI().addHeartbeatListener(beat -> {
            if (visit != null) {
                visit.stillHere();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (heartbeat != null) {
            heartbeat.remove();
        }
        leave();
    }

    private void visit(UI ui) {
        leave();
        if (page != null) {
            visit = presence.join(claimId, ui, authentication.getPrincipalName().orElse("?"));
            showViewers();
        }
    }

    private void leave() {
        if (visit != null) {
            visit.leave();
            visit = null;
        }
    }

    /** Reads the claim again and redraws every section; {@code resetForm} also refills the verdict form. */
    private void refresh(boolean resetForm) {
        page = read();
        header.show(page);
        showPanels();
        sourcesSection.show(page);
        verdictSection.show(page, resetForm);
        reviewSection.show(page.verdict(), authentication.hasRole(Roles.EDITOR));
        discussionSection.show(claimId);
        history.show(claimId);
    }

    /**
     * Someone changed the claim: every section is drawn again from what this person may see now, except what they
     * are writing (a verdict draft or a comment being edited), which stays as they left it.
     */
    private void refreshLive() {
        page = read();
        header.show(page);
        showPanels();
        sourcesSection.show(page);
        verdictSection.showLive(page);
        reviewSection.show(page.verdict(), authentication.hasRole(Roles.EDITOR));
        discussionSection.showLive();
        history.show(claimId);
    }

    /** What other features show on the claim (the earlier claims like it), drawn again from what is true now. */
    private void showPanels() {
        panelArea.removeAll();
        panels.forEach(panel -> panelArea.add(panel.create(claimId, () -> refresh(true))));
    }

    private ClaimPage read() {
        ClaimSummary claim = claims.claim(claimId);
        return new ClaimPage(
                claim,
                articles.summary(claim.articleId()),
                sources.sourcesOf(claimId),
                passages.passagesOf(claimId),
                verdicts.latest(claimId).orElse(null));
    }

    private void refreshSources() {
        if (page == null) {
            return;
        }
        page = new ClaimPage(
                page.claim(), page.article(), sources.sourcesOf(claimId), passages.passagesOf(claimId), page.verdict());
        sourcesSection.show(page);
    }

    /** The others who have this claim open now (the reader knows they do). */
    private void showViewers() {
        viewers.removeAll();
        String me = authentication.getPrincipalName().orElse(null);
        List<String> others = presence.viewers(claimId).stream()
                .filter(username -> !username.equals(me))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        List<String> names = others.stream().map(accounts::displayName).toList();
        Span label = new Span(getTranslation("presence.also-here", String.join(", ", names)));
        label.addClassName("muted");
        label.setId("claim-viewers-names");
        viewers.add(Viewers.of(others, accounts::displayName), label);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.heading", claimId) + " · " + getTranslation("app.name");
    }
}
