package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.audit.AuditRecord;
import com.claimboard.audit.AuditService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReasonDialog;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceSummary;
import com.claimboard.source.Stance;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.StaleVerdict;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictState;
import com.claimboard.verdict.VerdictSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * One claim: take it, attach sources (fetched in the background, shown as they arrive), draft and propose a
 * verdict; editors approve or send it back here. Buttons show only what the user may do; the services check.
 */
@Route("app/claims/:claimId")
@RolesAllowed(Roles.REVIEWER)
public class ClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final ClaimService claims;
    private final ArticleService articles;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final AuditService audit;
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    private final Div header = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout sourceList = new VerticalLayout();
    private final HorizontalLayout attachForm = new HorizontalLayout();
    private final VerticalLayout verdictSection = new VerticalLayout();
    private final VerticalLayout reviewSection = new VerticalLayout();
    private final UnorderedList history = new UnorderedList();

    final TextField sourceUrl = new TextField();
    final Select<Stance> stance = new Select<>();
    final Select<Rating> rating = new Select<>();
    final TextArea summary = new TextArea();
    final TextArea explanation = new TextArea();
    final TextArea reviewComment = new TextArea();

    private long claimId;
    private ClaimSummary claim;
    private VerdictSummary verdict;
    private Registration pollRegistration;

    ClaimView(
            ClaimService claims,
            ArticleService articles,
            SourceService sources,
            VerdictService verdicts,
            AuditService audit,
            AccountService accounts,
            AuthenticationContext authentication) {
        this.claims = claims;
        this.articles = articles;
        this.sources = sources;
        this.verdicts = verdicts;
        this.audit = audit;
        this.accounts = accounts;
        this.authentication = authentication;
        setMaxWidth("70em");

        sourceUrl.setLabel(getTranslation("source.url"));
        sourceUrl.setPlaceholder("https://");
        sourceUrl.setId("source-url");
        sourceUrl.setWidth("28em");
        stance.setLabel(getTranslation("source.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation("stance." + s.name()));
        stance.setValue(Stance.CONTEXT);
        stance.setId("source-stance");
        Button attach = new Button(getTranslation("source.attach"), click -> attachSource());
        attach.setId("source-attach");
        sourceUrl.addKeyPressListener(Key.ENTER, e -> attachSource());
        attachForm.add(sourceUrl, stance, attach);
        attachForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        rating.setLabel(getTranslation("verdict.rating"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        rating.setId("verdict-rating");
        summary.setLabel(getTranslation("verdict.summary"));
        summary.setMaxLength(280);
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.addValueChangeListener(e -> summary.setHelperText(e.getValue().length() + " / 280"));
        summary.setWidthFull();
        summary.setId("verdict-summary");
        explanation.setLabel(getTranslation("verdict.explanation"));
        explanation.setWidthFull();
        explanation.setMinHeight("10em");
        explanation.setId("verdict-explanation");
        reviewComment.setLabel(getTranslation("review.comment"));
        reviewComment.setWidthFull();
        reviewComment.setId("review-comment");

        sourceList.setPadding(false);
        sourceList.setSpacing(false);
        verdictSection.setPadding(false);
        reviewSection.setPadding(false);
        add(
                header,
                actions,
                new H3(getTranslation("source.heading")),
                sourceList,
                attachForm,
                verdictSection,
                reviewSection,
                new H3(getTranslation("history.heading")),
                history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("claimId");
        try {
            claimId = id.orElseThrow(() -> new NotFound("claim", "?"));
            refresh(true);
        } catch (NotFound notFound) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
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

    /** Reloads everything; {@code resetForm} also refills the verdict form (not after a failed save). */
    private void refresh(boolean resetForm) {
        claim = claims.claim(claimId);
        verdict = verdicts.latest(claimId).orElse(null);
        renderHeader();
        renderActions();
        refreshSources();
        renderVerdict(resetForm);
        renderReview();
        renderHistory();
    }

    private String me() {
        return authentication.getPrincipalName().orElse("");
    }

    private boolean researching() {
        return me().equals(claim.assignee())
                && (claim.state() == ClaimState.IN_RESEARCH || claim.state() == ClaimState.CHANGES_REQUESTED);
    }

    private void renderHeader() {
        header.removeAll();
        ArticleSummary article = articles.summary(claim.articleId());
        Span state = Badges.of(this, "state.", claim.state());
        state.setId("claim-state");
        H2 title = new H2(getTranslation("claim.heading", claim.id()));
        Paragraph text = new Paragraph(claim.text());
        text.addClassName("claim-quote");
        text.setId("claim-text");
        Paragraph meta = new Paragraph();
        meta.addClassName("muted");
        if (claim.speaker() != null) {
            meta.add(new Span(getTranslation(
                            claim.speakerByContext() ? "claim.speaker-by-context" : "claim.speaker", claim.speaker())
                    + " · "));
        }
        meta.add(new Anchor("app/articles/" + article.id(), article.title()));
        if (claim.assignee() != null) {
            Span assignee = new Span(" · " + getTranslation("claim.assignee", accounts.displayName(claim.assignee())));
            assignee.setId("claim-assignee");
            meta.add(assignee);
        }
        if (claim.reworded()) {
            meta.add(new Span(" · " + getTranslation("article.original-words", claim.originalText())));
        }
        if (claim.dismissReason() != null) {
            meta.add(new Span(" · " + getTranslation("claim.dismissed-because", claim.dismissReason())));
        }
        if (claim.mergedInto() != null) {
            meta.add(new Span(" · "));
            Anchor into = new Anchor(
                    "app/claims/" + claim.mergedInto(), getTranslation("claim.merged-into", claim.mergedInto()));
            into.setId("claim-merged-into");
            meta.add(into);
        }
        HorizontalLayout titleRow = new HorizontalLayout(title, state);
        Span worthiness = new Span(getTranslation("claim.checkworthiness", Math.round(claim.checkworthiness() * 100)));
        worthiness.addClassName("muted");
        titleRow.add(worthiness);
        Badges.reasons(this, claim.reasons()).forEach(titleRow::add);
        titleRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.add(titleRow, text, meta);
        if (claim.state() == ClaimState.PUBLISHED) {
            Anchor publicPage = new Anchor("/checks/by-claim/" + claim.id(), getTranslation("claim.public-page"));
            publicPage.setTarget("_blank");
            publicPage.setId("public-page-link");
            header.add(publicPage);
        }
    }

    private void renderActions() {
        actions.removeAll();
        if (claim.state() == ClaimState.NEW) {
            Button take = new Button(getTranslation("claim.take"), click -> {
                if (Messages.attempt(this, () -> claims.take(claimId))) {
                    Messages.success(this, "claim.taken");
                }
                refresh(true);
            });
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            take.setId("claim-take");
            Button dismiss = new Button(getTranslation("claim.dismiss"), click -> askDismissReason());
            dismiss.setId("claim-dismiss");
            actions.add(take, dismiss);
        } else if (claim.state() == ClaimState.DISMISSED && claim.mergedInto() == null) {
            Button restore = new Button(getTranslation("claim.restore"), click -> {
                Messages.attempt(this, () -> claims.restore(claimId));
                refresh(true);
            });
            restore.setId("claim-restore");
            actions.add(restore);
        }
    }

    private void askDismissReason() {
        ReasonDialog.open(this, "claim.dismiss", "claim.dismiss-reason", reason -> {
            boolean done = Messages.attempt(this, () -> claims.dismiss(claimId, reason));
            if (done) {
                refresh(true);
            }
            return done;
        });
    }

    private void refreshSources() {
        if (claim == null) {
            return;
        }
        List<SourceSummary> list = sources.sourcesOf(claimId);
        sourceList.removeAll();
        if (list.isEmpty()) {
            sourceList.add(Badges.emptyState(this, "source.empty"));
        }
        for (SourceSummary source : list) {
            sourceList.add(sourceRow(source));
        }
        attachForm.setVisible(researching());
        boolean pending = list.stream().anyMatch(s -> s.state() == FetchState.PENDING);
        // While a fetch runs the page asks the server every second, so the result shows without a reload.
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(pending ? 1000 : -1);
        }
    }

    private HorizontalLayout sourceRow(SourceSummary source) {
        Span status = Badges.of(this, "fetch.", source.state());
        status.addClassName("source-status");
        Anchor link = new Anchor(source.finalUrl() != null ? source.finalUrl() : source.url(), source.label());
        link.setTarget("_blank");
        Span stanceLabel = new Span(getTranslation("stance." + source.stance().name()));
        stanceLabel.addClassName("muted");
        HorizontalLayout row = new HorizontalLayout(status, link, stanceLabel);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("source-row");
        if (source.state() == FetchState.FAILED) {
            Span reason = new Span(getTranslation("fetch.reason." + source.failureReason()));
            reason.addClassName("source-failure");
            row.add(reason);
        } else if (source.state() == FetchState.FETCHED && source.httpStatus() != null) {
            Span details = new Span("HTTP " + source.httpStatus() + " · " + String.valueOf(source.contentType()));
            details.addClassName("muted");
            row.add(details);
        }
        return row;
    }

    private void attachSource() {
        if (Messages.attempt(this, () -> sources.attach(claimId, sourceUrl.getValue(), stance.getValue()))) {
            sourceUrl.clear();
            Messages.success(this, "source.attached");
        }
        refreshSources();
    }

    private void renderVerdict(boolean resetForm) {
        verdictSection.removeAll();
        verdictSection.add(new H3(getTranslation("verdict.heading")));
        if (verdict != null && verdict.state() == VerdictState.CHANGES_REQUESTED && verdict.reviewComment() != null) {
            Paragraph comment = new Paragraph(getTranslation(
                    "verdict.changes-requested", accounts.displayName(verdict.reviewer()), verdict.reviewComment()));
            comment.addClassName("review-comment");
            comment.setId("changes-requested-comment");
            verdictSection.add(comment);
        }
        if (researching()) {
            if (resetForm) {
                rating.setValue(verdict == null ? null : verdict.rating());
                summary.setValue(verdict == null || verdict.summary() == null ? "" : verdict.summary());
                explanation.setValue(verdict == null || verdict.explanation() == null ? "" : verdict.explanation());
            }
            Button save = new Button(getTranslation("verdict.save"), click -> saveDraft());
            save.setId("verdict-save");
            Button propose = new Button(getTranslation("verdict.propose"), click -> propose());
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setId("verdict-propose");
            verdictSection.add(rating, summary, explanation, new HorizontalLayout(save, propose));
        } else if (verdict != null) {
            verdictSection.add(readOnlyVerdict(verdict));
        } else {
            verdictSection.add(Badges.emptyState(this, "verdict.none"));
        }
    }

    private Div readOnlyVerdict(VerdictSummary v) {
        Div box = new Div();
        box.setId("verdict-readonly");
        Span state = Badges.of(this, "verdict.state.", v.state());
        Paragraph ratingLine = new Paragraph(
                v.rating() == null
                        ? getTranslation("verdict.no-rating")
                        : getTranslation(v.rating().messageKey()));
        ratingLine.setId("verdict-rating-readonly");
        box.add(
                state,
                ratingLine,
                new Paragraph(v.summary() == null ? "" : v.summary()),
                new Paragraph(v.explanation() == null ? "" : v.explanation()),
                new Paragraph(getTranslation("verdict.by", accounts.displayName(v.author()))));
        return box;
    }

    private boolean saveDraft() {
        VerdictDraft draft = new VerdictDraft(rating.getValue(), summary.getValue(), explanation.getValue());
        try {
            verdict = verdicts.saveDraft(claimId, draft, verdict == null ? null : verdict.version());
        } catch (StaleVerdict stale) {
            // Keep the reviewer's text in the form; the next save, now knowingly, replaces the other version.
            verdict = verdicts.openVerdict(claimId).orElse(null);
            Messages.error(this, stale.messageKey());
            return false;
        } catch (RuntimeException failure) {
            Messages.report(this, failure);
            return false;
        }
        Messages.success(this, "verdict.saved");
        refresh(false);
        return true;
    }

    private void propose() {
        if (!saveDraft()) {
            return;
        }
        if (Messages.attempt(this, () -> verdicts.propose(verdict.id()))) {
            Messages.success(this, "verdict.proposed");
            refresh(true);
        }
    }

    private void renderReview() {
        reviewSection.removeAll();
        boolean editor = authentication.hasRole(Roles.EDITOR);
        if (!editor || verdict == null || verdict.state() != VerdictState.PROPOSED) {
            return;
        }
        reviewSection.add(new H3(getTranslation("review.heading")));
        if (verdict.author().equals(me())) {
            Paragraph own = new Paragraph(getTranslation("review.own-verdict"));
            own.addClassName("muted");
            own.setId("review-own-verdict");
            reviewSection.add(own);
            return;
        }
        Button approve = new Button(getTranslation("review.approve"), click -> {
            if (Messages.attempt(this, () -> verdicts.approve(verdict.id()))) {
                Messages.success(this, "review.approved");
            }
            refresh(true);
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("review-approve");
        Button requestChanges = new Button(getTranslation("review.request-changes"), click -> {
            if (Messages.attempt(this, () -> verdicts.requestChanges(verdict.id(), reviewComment.getValue()))) {
                reviewComment.clear();
                Messages.success(this, "review.changes-requested");
            }
            refresh(true);
        });
        requestChanges.setId("review-request-changes");
        reviewSection.add(reviewComment, new HorizontalLayout(approve, requestChanges));
    }

    private void renderHistory() {
        history.removeAll();
        List<AuditRecord> trail = audit.trail(claimId);
        if (trail.isEmpty()) {
            history.add(new ListItem(getTranslation("history.empty")));
        }
        for (AuditRecord entry : trail) {
            String line = getTranslation(
                    "history.entry",
                    WHEN.format(entry.at()),
                    accounts.displayName(entry.actor()),
                    getTranslation("history.action." + entry.action()),
                    getTranslation("state." + entry.toState()));
            ListItem item = new ListItem(entry.comment() == null ? line : line + " — " + entry.comment());
            item.addClassName("history-entry");
            history.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.heading", claimId) + " · " + getTranslation("app.name");
    }
}
