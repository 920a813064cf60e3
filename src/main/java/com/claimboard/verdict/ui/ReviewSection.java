package com.claimboard.verdict.ui;

import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.verdict.VerdictAction;
import com.claimboard.verdict.VerdictLimits;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictState;
import com.claimboard.verdict.VerdictSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The editor's review of a proposed verdict: approve and publish, or send it back with a comment. Offered only
 * when the domain allows it (never on one's own verdict); each decision names the version the editor read.
 */
class ReviewSection extends VerticalLayout {

    private final VerdictService verdicts;
    private final Runnable afterDecision;
    final TextArea comment = new TextArea();

    ReviewSection(VerdictService verdicts, Runnable afterDecision) {
        this.verdicts = verdicts;
        this.afterDecision = afterDecision;
        setPadding(false);
        comment.setLabel(getTranslation("review.comment"));
        comment.setWidthFull();
        comment.setId("review-comment");
        LimitedFields.limit(comment, VerdictLimits.REVIEW_COMMENT);
    }

    /** {@code editor}: whether the reader reviews verdicts at all, to tell them why they may not review this one. */
    void show(VerdictSummary verdict, boolean editor) {
        removeAll();
        if (!editor || verdict == null || verdict.state() != VerdictState.PROPOSED) {
            return;
        }
        add(new H3(getTranslation("review.heading")));
        if (!verdict.allows(VerdictAction.APPROVE)) {
            Paragraph own = new Paragraph(getTranslation("review.own-verdict"));
            own.addClassName("muted");
            own.setId("review-own-verdict");
            add(own);
            return;
        }
        Button approve = new Button(getTranslation("review.approve"), click -> preview(verdict));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("review-approve");
        Button requestChanges = new Button(getTranslation("review.request-changes"), click -> {
            if (Messages.attempt(
                    this, () -> verdicts.requestChanges(verdict.id(), verdict.version(), comment.getValue()))) {
                comment.clear();
                Messages.success(this, "review.changes-requested");
                afterDecision.run();
            }
        });
        requestChanges.setId("review-request-changes");
        add(comment, new HorizontalLayout(approve, requestChanges));
    }

    /**
     * Before publishing, the public page exactly as it will appear (rendered by the public site's own template at a
     * workspace address), and a confirmation.
     */
    private void preview(VerdictSummary verdict) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.preview.title"));
        dialog.setId("publish-preview");
        dialog.setWidth("min(70rem, 95vw)");
        dialog.setHeight("90vh");
        IFrame page = new IFrame("/app/preview/claims/" + verdict.claimId());
        page.setTitle(getTranslation("review.preview.title"));
        page.setSizeFull();
        page.getElement().getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        page.setId("publish-preview-page");
        dialog.add(page);
        Button publish = new Button(getTranslation("review.preview.publish"), click -> {
            if (Messages.attempt(this, () -> verdicts.approve(verdict.id(), verdict.version()))) {
                Messages.success(this, "review.approved");
            }
            dialog.close();
            afterDecision.run();
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.setId("review-confirm-publish");
        dialog.getFooter().add(new Button(getTranslation("review.preview.back"), click -> dialog.close()), publish);
        dialog.open();
    }
}
