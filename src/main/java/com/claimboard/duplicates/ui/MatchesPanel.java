package com.claimboard.duplicates.ui;

import com.claimboard.claim.ClaimService;
import com.claimboard.duplicates.DuplicateService;
import com.claimboard.duplicates.LinkKind;
import com.claimboard.duplicates.LinkStatus;
import com.claimboard.duplicates.LinkView;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.ClaimPanel;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.text.NumberFormat;
import java.util.List;

/**
 * On a claim's page: the earlier claims the matcher found like this one. "Already checked" ones come first, with
 * their verdict and a link to the fact-check; a reviewer confirms or rejects each link, and closes a confirmed
 * duplicate with the earlier verdict. "Similar claims" follow, to look at.
 */
@SpringComponent
class MatchesPanel implements ClaimPanel {

    private final DuplicateService duplicates;
    private final ClaimService claims;

    MatchesPanel(DuplicateService duplicates, ClaimService claims) {
        this.duplicates = duplicates;
        this.claims = claims;
    }

    @Override
    public Component create(long claimId, Runnable claimChanged) {
        Section section = new Section(claimId, claimChanged);
        section.show();
        return section;
    }

    private final class Section extends Div {

        private final long claimId;
        private final Runnable claimChanged;

        Section(long claimId, Runnable claimChanged) {
            this.claimId = claimId;
            this.claimChanged = claimChanged;
            setId("claim-matches");
            addClassName("claim-matches");
        }

        void show() {
            removeAll();
            List<LinkView> links = duplicates.linksOf(claimId);
            List<LinkView> same = links.stream()
                    .filter(link -> link.kind() == LinkKind.ALREADY_CHECKED)
                    .toList();
            List<LinkView> like = links.stream()
                    .filter(link -> link.kind() == LinkKind.SIMILAR)
                    .toList();
            if (links.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("matches.none"));
                none.addClassName("muted");
                none.setId("claim-matches-none");
                add(none);
                return;
            }
            if (!same.isEmpty()) {
                H3 title = new H3(getTranslation("matches.already-checked"));
                title.setId("claim-already-checked");
                add(title);
                same.forEach(link -> add(row(link)));
            }
            if (!like.isEmpty()) {
                // Closed at first: something to look at, not to act on, and the page's work is below.
                Span title = new Span(getTranslation("matches.similar-count", like.size()));
                title.setId("claim-similar");
                Div rows = new Div();
                like.forEach(link -> rows.add(row(link)));
                Details details = new Details(title, rows);
                details.setId("claim-similar-details");
                details.setOpened(false);
                add(details);
            }
        }

        private Div row(LinkView link) {
            Div row = new Div();
            row.setId("claim-link-" + link.id());
            row.addClassName("claim-link");
            row.getStyle().set("margin-bottom", "1em");
            Paragraph text = new Paragraph("« " + link.checkedText() + " »");
            text.addClassName("claim-link-text");
            row.add(text);
            Div facts = new Div();
            facts.addClassName("claim-link-facts");
            facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.4em 1em");
            facts.add(new Span(getTranslation(
                    "matches.alike",
                    NumberFormat.getPercentInstance(getLocale()).format(link.similarity()))));
            if (link.rating() != null) {
                Span rating =
                        new Span(getTranslation("matches.verdict", link.rating().name(getLocale())));
                rating.addClassName("claim-link-rating");
                facts.add(rating);
                Anchor check = new Anchor(link.publicPath(), getTranslation("matches.open-check"));
                check.setTarget(AnchorTarget.BLANK);
                check.addClassName("claim-link-check");
                facts.add(check);
            } else {
                facts.add(
                        Badges.of(this, link.checkedState(), link.checkedState().messageKey()));
                facts.add(new Anchor("app/claims/" + link.checkedClaimId(), getTranslation("matches.open-card")));
            }
            if (link.status() == LinkStatus.CONFIRMED) {
                Span confirmed = new Span(getTranslation("matches.confirmed-by", link.decidedBy()));
                confirmed.addClassName("claim-link-confirmed");
                facts.add(confirmed);
            }
            row.add(facts);
            if (link.canDecide()) {
                Button confirm = new Button(getTranslation("matches.confirm"), click -> decide(link, true));
                confirm.addClassName("claim-link-confirm");
                Button reject = new Button(getTranslation("matches.reject"), click -> decide(link, false));
                reject.addClassName("claim-link-reject");
                confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
                reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(confirm, reject);
            }
            if (link.canClose()) {
                Button close = new Button(getTranslation("matches.close"), click -> close(link));
                close.addClassName("claim-link-close");
                close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                row.add(close);
            }
            return row;
        }

        private void decide(LinkView link, boolean same) {
            boolean done = Messages.attempt(this, () -> {
                if (same) {
                    duplicates.confirm(link.id(), link.version());
                } else {
                    duplicates.reject(link.id(), link.version());
                }
            });
            if (done) {
                Messages.success(this, same ? "matches.confirmed" : "matches.rejected");
            }
            show();
        }

        private void close(LinkView link) {
            long version = claims.claim(claimId).version();
            if (Messages.attempt(this, () -> duplicates.closeWithVerdict(link.id(), version))) {
                Messages.success(this, "matches.closed");
                claimChanged.run();
            } else {
                show();
            }
        }
    }
}
