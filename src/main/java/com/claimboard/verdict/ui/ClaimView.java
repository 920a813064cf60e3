package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleService;
import com.claimboard.audit.AuditService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.source.SourceService;
import com.claimboard.verdict.VerdictService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * One claim: take it, attach sources (fetched in the background, shown as they arrive), draft and propose a
 * verdict; editors approve or send it back here. Each section shows only what the domain allows the reader; the
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

    private long claimId;
    private ClaimPage page;
    private Registration pollRegistration;

    ClaimView(
            ClaimService claims,
            ArticleService articles,
            SourceService sources,
            VerdictService verdicts,
            AuditService audit,
            AccountService accounts,
            com.claimboard.verdict.RatingScale ratings,
            com.claimboard.discussion.DiscussionService discussion,
            AuthenticationContext authentication) {
        this.claims = claims;
        this.articles = articles;
        this.sources = sources;
        this.verdicts = verdicts;
        this.authentication = authentication;
        setMaxWidth("70em");
        header = new ClaimHeader(claims, accounts, () -> refresh(true));
        sourcesSection = new SourcesSection(sources, this::refreshSources);
        verdictSection = new VerdictSection(verdicts, accounts, ratings, () -> refresh(false), () -> refresh(true));
        reviewSection = new ReviewSection(verdicts, () -> refresh(true));
        history = new HistorySection(audit, accounts);
        discussionSection = new DiscussionSection(discussion, accounts);
        add(header, sourcesSection, verdictSection, reviewSection, discussionSection, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            claimId = event.getRouteParameters().getLong("claimId").orElseThrow(() -> new NotFound("claim", "?"));
            refresh(true);
        } catch (NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        pollRegistration = attachEvent.getUI().addPollListener(poll -> refreshSources());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    /** Reads the claim again and redraws every section; {@code resetForm} also refills the verdict form. */
    private void refresh(boolean resetForm) {
        ClaimSummary claim = claims.claim(claimId);
        page = new ClaimPage(
                claim,
                articles.summary(claim.articleId()),
                sources.sourcesOf(claimId),
                verdicts.latest(claimId).orElse(null));
        header.show(page);
        showSources();
        verdictSection.show(page, resetForm);
        reviewSection.show(page.verdict(), authentication.hasRole(Roles.EDITOR));
        discussionSection.show(claimId);
        history.show(claimId);
    }

    private void refreshSources() {
        if (page == null) {
            return;
        }
        page = new ClaimPage(page.claim(), page.article(), sources.sourcesOf(claimId), page.verdict());
        showSources();
    }

    private void showSources() {
        boolean pending = sourcesSection.show(page);
        // While a fetch runs the page asks the server every second, so the result shows without a reload.
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(pending ? 1000 : -1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.heading", claimId) + " · " + getTranslation("app.name");
    }
}
