package com.claimboard.claim.ui;

import com.claimboard.claim.ClaimLimits;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.StaleClaim;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReasonDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The dialogs that edit a card's words: reword, split, dismiss. Each sends the version of the card the reviewer
 * saw; when someone changed the card meanwhile, the dialog stays open with the reviewer's words, shows the card as
 * it is now, and the next save knowingly replaces it.
 */
final class CardEdits {

    private final Component owner;
    private final ClaimService claims;
    private final Runnable afterChange;

    CardEdits(Component owner, ClaimService claims, Runnable afterChange) {
        this.owner = owner;
        this.claims = claims;
        this.afterChange = afterChange;
    }

    void reword(ClaimSummary card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("article.reword"));
        TextArea words = new TextArea(owner.getTranslation("article.reword.label"));
        words.setValue(card.text());
        words.setWidth("40em");
        words.setId("reword-text");
        LimitedFields.limit(words, ClaimLimits.TEXT);
        Paragraph theirs = new Paragraph();
        theirs.addClassName("muted");
        theirs.setId("reword-current");
        theirs.setVisible(false);
        long[] seen = {card.version()};
        Button save = new Button(owner.getTranslation("article.save"), click -> {
            try {
                claims.reword(card.id(), seen[0], words.getValue());
                dialog.close();
                afterChange.run();
            } catch (StaleClaim stale) {
                ClaimSummary now = claims.claim(card.id());
                seen[0] = now.version();
                theirs.setText(owner.getTranslation("article.reword.now", now.text()));
                theirs.setVisible(true);
                Messages.report(owner, stale);
                afterChange.run();
            } catch (RuntimeException refused) {
                Messages.report(owner, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reword-save");
        dialog.add(words, theirs);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        words.focus();
    }

    /** The reviewer deletes the end of the text where the first card should stop; the rest becomes a new card. */
    void split(ClaimSummary card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("article.split"));
        TextArea first = new TextArea(owner.getTranslation("article.split.label"));
        first.setHelperText(owner.getTranslation("article.split.help"));
        first.setValue(card.text());
        first.setWidth("40em");
        first.setId("split-first-part");
        Button save = new Button(owner.getTranslation("article.split"), click -> {
            if (split(card, first.getValue())) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("split-save");
        dialog.add(first);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
        first.focus();
    }

    boolean split(ClaimSummary card, String firstPart) {
        String kept = firstPart.stripTrailing();
        if (kept.isEmpty()
                || !card.text().startsWith(kept)
                || kept.length() >= card.text().strip().length()) {
            Messages.error(owner, "claim.error.split-point");
            return false;
        }
        boolean done = Messages.attempt(owner, () -> claims.split(card.id(), card.version(), kept.length()));
        if (done) {
            Messages.success(owner, "article.was-split");
        }
        afterChange.run();
        return done;
    }

    void dismiss(ClaimSummary card) {
        long[] seen = {card.version()};
        ReasonDialog.open(owner, "claim.dismiss", "claim.dismiss-reason", ClaimLimits.DISMISS_REASON, reason -> {
            try {
                claims.dismiss(card.id(), seen[0], reason);
                Messages.success(owner, "article.dismissed");
                afterChange.run();
                return true;
            } catch (StaleClaim stale) {
                seen[0] = claims.claim(card.id()).version();
                Messages.report(owner, stale);
                afterChange.run();
                return false;
            } catch (RuntimeException refused) {
                Messages.report(owner, refused);
                return false;
            }
        });
    }
}
