package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimLimits;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimState;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.StaleClaim;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.Links;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReasonDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The top of the claim page: the claim, its state, score and reasons, who said it, the article it comes from
 * (with the article's address), who has it, and the moves the domain allows the reader now: take, dismiss,
 * restore.
 */
class ClaimHeader extends Div {

    private final ClaimService claims;
    private final AccountService accounts;
    private final Runnable refresh;
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div top = new Div();
    private final OriginSection origin;

    ClaimHeader(ClaimService claims, AccountService accounts, Runnable refresh) {
        this.claims = claims;
        this.accounts = accounts;
        this.refresh = refresh;
        this.origin = new OriginSection(claims, refresh);
        add(top, origin, actions);
    }

    void show(ClaimPage page) {
        ClaimSummary claim = page.claim();
        top.removeAll();
        Span state = Badges.of(this, claim.state(), claim.state().messageKey());
        state.setId("claim-state");
        Span worthiness = new Span(getTranslation("claim.checkworthiness", Math.round(claim.checkworthiness() * 100)));
        worthiness.addClassName("muted");
        HorizontalLayout titleRow =
                new HorizontalLayout(new H2(getTranslation("claim.heading", claim.id())), state, worthiness);
        Badges.tags(this, claim.reasons().stream().map(r -> r.messageKey()).toList())
                .forEach(titleRow::add);
        titleRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph text = new Paragraph(claim.text());
        text.addClassName("claim-quote");
        text.setId("claim-text");
        top.add(titleRow, text, meta(page));
        if (claim.state() == ClaimState.PUBLISHED) {
            Anchor publicPage = new Anchor("/checks/by-claim/" + claim.id(), getTranslation("claim.public-page"));
            publicPage.setTarget("_blank");
            publicPage.setId("public-page-link");
            top.add(publicPage);
        }
        origin.show(claim);
        renderActions(claim);
    }

    private Paragraph meta(ClaimPage page) {
        ClaimSummary claim = page.claim();
        Paragraph meta = new Paragraph();
        meta.addClassName("muted");
        if (claim.speaker() != null) {
            meta.add(new Span(getTranslation(
                            claim.speakerByContext() ? "claim.speaker-by-context" : "claim.speaker", claim.speaker())
                    + " · "));
        }
        meta.add(
                new Anchor("app/articles/" + page.article().id(), page.article().title()));
        if (page.article().url() != null) {
            meta.add(new Span(" · "));
            Component address =
                    Links.external(page.article().url(), page.article().url());
            address.setId("claim-article-url");
            meta.add(address);
        }
        if (claim.assignee() != null) {
            Span assignee = new Span(" · " + getTranslation("claim.assignee", accounts.displayName(claim.assignee())));
            assignee.setId("claim-assignee");
            meta.add(assignee);
        }
        if (claim.dueOn() != null) {
            boolean late = claim.overdue(java.time.LocalDate.now(com.claimboard.shared.ui.ReaderTime.zone(this)));
            Span due = new Span(" · "
                    + getTranslation(
                            late ? "claim.overdue" : "claim.due",
                            com.claimboard.shared.ui.ReaderTime.date(this, claim.dueOn())));
            due.setId("claim-due");
            if (late) {
                due.addClassName("overdue");
            }
            meta.add(due);
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
        return meta;
    }

    private void renderActions(ClaimSummary claim) {
        actions.removeAll();
        if (claim.allows(ClaimAction.TAKE)) {
            Button take = new Button(getTranslation("claim.take"), click -> take(claim));
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            take.setId("claim-take");
            actions.add(take);
        }
        if (claim.allows(ClaimAction.ASSIGN)) {
            Button assign = new Button(
                    getTranslation(claim.assignee() == null ? "claim.assign" : "claim.reassign"),
                    click -> AssignDialog.open(this, claims, accounts, claim, refresh));
            assign.setId("claim-assign");
            actions.add(assign);
        }
        if (claim.allows(ClaimAction.RELEASE)) {
            Button release = new Button(getTranslation("claim.release"), click -> {
                if (Messages.attempt(this, () -> claims.release(claim.id(), claim.version()))) {
                    Messages.success(this, "claim.released");
                }
                refresh.run();
            });
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            release.setId("claim-release");
            actions.add(release);
        }
        if (claim.allows(ClaimAction.DISMISS)) {
            Button dismiss = new Button(getTranslation("claim.dismiss"), click -> askDismissReason(claim));
            dismiss.setId("claim-dismiss");
            actions.add(dismiss);
        }
        if (claim.allows(ClaimAction.RESTORE)) {
            Button restore = new Button(getTranslation("claim.restore"), click -> {
                Messages.attempt(this, () -> claims.restore(claim.id(), claim.version()));
                refresh.run();
            });
            restore.setId("claim-restore");
            actions.add(restore);
        }
        if (claim.allows(ClaimAction.REOPEN)) {
            Button reopen = new Button(
                    getTranslation("claim.reopen"),
                    click -> ReasonDialog.open(this, "claim.reopen", "claim.reopen-note", ClaimLimits.COMMENT, note -> {
                        boolean done = Messages.attempt(
                                this, () -> claims.reopenForCorrection(claim.id(), claim.version(), note));
                        if (done) {
                            Messages.success(this, "claim.reopened");
                            refresh.run();
                        }
                        return done;
                    }));
            reopen.setId("claim-reopen");
            actions.add(reopen);
        }
        if (claim.allows(ClaimAction.WITHDRAW)) {
            Button withdraw = new Button(
                    getTranslation("claim.withdraw"),
                    click -> ReasonDialog.open(
                            this, "claim.withdraw", "claim.withdraw-notice", ClaimLimits.COMMENT, notice -> {
                                boolean done = Messages.attempt(
                                        this, () -> claims.withdraw(claim.id(), claim.version(), notice));
                                if (done) {
                                    Messages.success(this, "claim.withdrawn");
                                    refresh.run();
                                }
                                return done;
                            }));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("claim-withdraw");
            actions.add(withdraw);
        }
    }

    private void take(ClaimSummary claim) {
        if (Messages.attempt(this, () -> claims.take(claim.id(), claim.version()))) {
            Messages.success(this, "claim.taken");
        }
        refresh.run();
    }

    private void askDismissReason(ClaimSummary claim) {
        long[] seen = {claim.version()};
        ReasonDialog.open(this, "claim.dismiss", "claim.dismiss-reason", ClaimLimits.DISMISS_REASON, reason -> {
            try {
                claims.dismiss(claim.id(), seen[0], reason);
                refresh.run();
                return true;
            } catch (StaleClaim stale) {
                seen[0] = claims.claim(claim.id()).version();
                Messages.report(this, stale);
                refresh.run();
                return false;
            } catch (RuntimeException refused) {
                Messages.report(this, refused);
                return false;
            }
        });
    }
}
