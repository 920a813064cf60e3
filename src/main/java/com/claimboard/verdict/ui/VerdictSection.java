package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimAction;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.verdict.RatingEntry;
import com.claimboard.verdict.RatingScale;
import com.claimboard.verdict.StaleVerdict;
import com.claimboard.verdict.VerdictAction;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictLimits;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictState;
import com.claimboard.verdict.VerdictSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The verdict: a form for the reviewer researching the claim (rating, summary, explanation, each with its limit),
 * or the verdict as it stands for everyone else. A save names the version the form was filled from; when someone
 * saved in between, the reviewer's text stays in the form and the next save knowingly replaces theirs.
 */
class VerdictSection extends VerticalLayout {

    private final VerdictService verdicts;
    private final AccountService accounts;
    private final Runnable afterSave;
    private final Runnable afterMove;

    /** The rating's code; the picker shows the desk's scale by name, in the reader's language. */
    final Select<String> rating = new Select<>();

    private final java.util.Map<String, RatingEntry> scale = new java.util.LinkedHashMap<>();
    final TextArea summary = new TextArea();
    final TextArea explanation = new TextArea();

    private long claimId;
    /** The verdict the form was filled from (or last saved as); null before the first save. */
    private VerdictSummary verdict;

    /**
     * @param afterSave redraws the page around the form, which keeps the reviewer's text
     * @param afterMove redraws the whole page once the verdict has moved on
     */
    VerdictSection(
            VerdictService verdicts,
            AccountService accounts,
            RatingScale ratings,
            Runnable afterSave,
            Runnable afterMove) {
        this.verdicts = verdicts;
        ratings.all().forEach(entry -> scale.put(entry.code(), entry));
        this.accounts = accounts;
        this.afterSave = afterSave;
        this.afterMove = afterMove;
        setPadding(false);
        rating.setLabel(getTranslation("verdict.rating"));
        rating.setItems(scale.values().stream()
                .filter(r -> !r.retired())
                .map(RatingEntry::code)
                .toList());
        rating.setItemLabelGenerator(this::ratingName);
        rating.setId("verdict-rating");
        summary.setLabel(getTranslation("verdict.summary"));
        summary.setWidthFull();
        summary.setId("verdict-summary");
        LimitedFields.limit(summary, VerdictLimits.SUMMARY);
        explanation.setLabel(getTranslation("verdict.explanation"));
        explanation.setWidthFull();
        explanation.setMinHeight("10em");
        explanation.setId("verdict-explanation");
        LimitedFields.limit(explanation, VerdictLimits.EXPLANATION);
    }

    /** Shows the verdict; {@code resetForm} refills the form from it (not after a refused save). */
    void show(ClaimPage page, boolean resetForm) {
        claimId = page.claim().id();
        verdict = page.verdict();
        removeAll();
        add(new H3(getTranslation("verdict.heading")));
        if (verdict != null && verdict.state() == VerdictState.CHANGES_REQUESTED && verdict.reviewComment() != null) {
            Paragraph comment = new Paragraph(getTranslation(
                    "verdict.changes-requested", accounts.displayName(verdict.reviewer()), verdict.reviewComment()));
            comment.addClassName("review-comment");
            comment.setId("changes-requested-comment");
            add(comment);
        }
        // A claim reopened for correction still has its published verdict: the correction is a new draft, which
        // starts from the published words.
        boolean correcting = verdict != null && verdict.state() == VerdictState.APPROVED;
        boolean drafting = page.claim().allows(ClaimAction.RESEARCH)
                && (verdict == null || correcting || verdict.allows(VerdictAction.EDIT));
        if (drafting) {
            if (correcting) {
                Paragraph published = new Paragraph(getTranslation("verdict.correcting"));
                published.addClassName("muted");
                published.setId("verdict-correcting");
                add(published);
            }
            if (resetForm) {
                String code = verdict == null ? null : verdict.rating();
                if (code != null && scale.containsKey(code) && scale.get(code).retired()) {
                    // A rating retired since the draft: shown, so the reviewer sees why it must change.
                    rating.setItems(java.util.stream.Stream.concat(
                                    scale.values().stream()
                                            .filter(r -> !r.retired())
                                            .map(RatingEntry::code),
                                    java.util.stream.Stream.of(code))
                            .toList());
                }
                rating.setValue(code);
                summary.setValue(verdict == null || verdict.summary() == null ? "" : verdict.summary());
                explanation.setValue(verdict == null || verdict.explanation() == null ? "" : verdict.explanation());
            }
            Button save = new Button(getTranslation("verdict.save"), click -> saveDraft());
            save.setId("verdict-save");
            Button propose = new Button(getTranslation("verdict.propose"), click -> propose());
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setId("verdict-propose");
            add(rating, summary, explanation, new HorizontalLayout(save, propose));
        } else if (verdict != null) {
            add(readOnly(verdict));
        } else {
            add(Badges.emptyState(this, "verdict.none"));
        }
    }

    /**
     * Someone changed the claim: the section is drawn again from the stored verdict, unless the reader has unsaved
     * words in the form, which are never replaced under their hands (their save meets the version check).
     */
    void showLive(ClaimPage page) {
        if (!unsavedWords()) {
            show(page, true);
        }
    }

    private boolean unsavedWords() {
        if (!rating.isAttached()) {
            return false;
        }
        String storedRating = verdict == null ? null : verdict.rating();
        String storedSummary = verdict == null || verdict.summary() == null ? "" : verdict.summary();
        String storedExplanation = verdict == null || verdict.explanation() == null ? "" : verdict.explanation();
        return !java.util.Objects.equals(rating.getValue(), storedRating)
                || !summary.getValue().equals(storedSummary)
                || !explanation.getValue().equals(storedExplanation);
    }

    private Div readOnly(VerdictSummary v) {
        Div box = new Div();
        box.setId("verdict-readonly");
        Paragraph ratingLine =
                new Paragraph(v.rating() == null ? getTranslation("verdict.no-rating") : ratingName(v.rating()));
        ratingLine.setId("verdict-rating-readonly");
        box.add(
                Badges.of(this, v.state(), v.state().messageKey()),
                ratingLine,
                new Paragraph(v.summary() == null ? "" : v.summary()),
                new Paragraph(v.explanation() == null ? "" : v.explanation()),
                new Paragraph(getTranslation("verdict.by", accounts.displayName(v.author()))));
        return box;
    }

    private String ratingName(String code) {
        RatingEntry entry = scale.get(code);
        return entry == null ? code : entry.name(com.claimboard.shared.ui.ReaderTime.locale(this));
    }

    boolean saveDraft() {
        VerdictDraft draft = new VerdictDraft(rating.getValue(), summary.getValue(), explanation.getValue());
        try {
            boolean newDraft = verdict == null || verdict.state() == VerdictState.APPROVED;
            verdict = verdicts.saveDraft(claimId, draft, newDraft ? null : verdict.version());
        } catch (StaleVerdict stale) {
            // The reviewer's text stays in the form; the next save, now knowingly, replaces the other version.
            verdict = verdicts.openVerdict(claimId).orElse(null);
            Messages.report(this, stale);
            return false;
        } catch (DomainRuleViolation | org.springframework.security.access.AccessDeniedException refused) {
            Messages.report(this, refused);
            return false;
        }
        Messages.success(this, "verdict.saved");
        afterSave.run();
        return true;
    }

    private void propose() {
        if (saveDraft() && Messages.attempt(this, () -> verdicts.propose(verdict.id(), verdict.version()))) {
            Messages.success(this, "verdict.proposed");
            afterMove.run();
        }
    }
}
