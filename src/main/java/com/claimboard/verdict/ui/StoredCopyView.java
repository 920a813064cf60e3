package com.claimboard.verdict.ui;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Links;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.claimboard.source.PassageService;
import com.claimboard.source.PassageView;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceService.StoredCopy;
import com.claimboard.source.Stance;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A source's stored copy as the desk keeps it: the text the fetcher extracted (or the saved page, the PDF, the
 * typed excerpt), with where and when it was taken, so an editor reads what the verdict rests on before approving.
 * The text is shown as text, never as HTML. The claim's researcher selects a passage and marks how it bears on
 * the claim; marked passages stand out, and a passage's link scrolls to it.
 */
@Route("app/sources/:sourceId")
@RolesAllowed(Roles.REVIEWER)
public class StoredCopyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SourceService sources;
    private final PassageService passages;
    private final ClaimService claims;
    private String title = "";

    StoredCopyView(SourceService sources, PassageService passages, ClaimService claims) {
        this.sources = sources;
        this.passages = passages;
        this.claims = claims;
        setId("stored-copy");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sourceId;
        StoredCopy copy;
        try {
            sourceId = Long.parseLong(event.getRouteParameters().get("sourceId").orElse(""));
            copy = sources.storedCopy(sourceId);
        } catch (NumberFormatException | NotFound unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = copy.source().label();
        add(new Anchor("app/claims/" + copy.source().claimId(), getTranslation("stored-copy.back")));
        add(new H2(title));
        Paragraph where = new Paragraph();
        where.add(Links.external(
                copy.source().finalUrl() != null
                        ? copy.source().finalUrl()
                        : copy.source().url(),
                copy.source().finalUrl() != null
                        ? copy.source().finalUrl()
                        : copy.source().url()));
        if (copy.source().fetchedAt() != null) {
            where.add(" · "
                    + getTranslation(
                            "stored-copy.taken",
                            ReaderTime.dateTime(this, copy.source().fetchedAt())));
        }
        where.addClassName("muted");
        add(where);
        if (copy.text() == null || copy.text().isBlank()) {
            Paragraph none = new Paragraph(getTranslation("stored-copy.none"));
            none.setId("stored-copy-none");
            add(none);
            return;
        }
        long claimId = copy.source().claimId();
        List<PassageView> marked = passages.passagesOf(claimId).stream()
                .filter(passage -> passage.sourceId() == sourceId)
                .toList();
        Div text = highlighted(copy.text(), marked);
        text.getStyle().set("white-space", "pre-wrap").set("line-height", "1.5");
        text.setId("stored-copy-text");
        if (claims.allows(claimId, ClaimAction.RESEARCH)) {
            add(markBar(sourceId, text));
        }
        add(text);
        // Opened from a passage's link: scrolled to it, and it stands out.
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("passage")
                .ifPresent(passage -> text.getElement()
                        .executeJs(
                                "const m = document.getElementById($0);"
                                        + " if (m) { m.classList.add('current'); m.scrollIntoView({block: 'center'}); }",
                                "passage-" + passage));
    }

    /** The copy as text, with the passages found in it marked (one at a time where they overlap). */
    private Div highlighted(String copy, List<PassageView> marked) {
        Div text = new Div();
        int at = 0;
        for (PassageView passage : marked.stream()
                .filter(PassageView::found)
                .sorted(java.util.Comparator.comparingInt(PassageView::start))
                .toList()) {
            if (passage.start() < at) {
                continue;
            }
            text.add(new Text(copy.substring(at, passage.start())));
            Span mark = new Span(copy.substring(passage.start(), passage.end()));
            mark.setId("passage-" + passage.id());
            mark.addClassName("passage");
            mark.addClassName("passage-" + passage.stance().name().toLowerCase(java.util.Locale.ROOT));
            mark.getElement()
                    .setAttribute("title", getTranslation(passage.stance().messageKey()));
            text.add(mark);
            at = passage.end();
        }
        text.add(new Text(copy.substring(at)));
        return text;
    }

    /** Select words in the copy, then say how they bear on the claim. */
    private HorizontalLayout markBar(long sourceId, Div text) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("passage-bar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span help = new Span(getTranslation("passage.help"));
        help.addClassName("muted");
        bar.add(help);
        for (Stance stance : Stance.values()) {
            Button mark = new Button(
                    getTranslation(stance.messageKey()),
                    click -> text.getElement()
                            .executeJs(SELECTION, text.getElement())
                            .then(String.class, selection -> mark(sourceId, stance, selection)));
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mark.setId("passage-mark-" + stance.name().toLowerCase(java.util.Locale.ROOT));
            bar.add(mark);
        }
        return bar;
    }

    /** The selection inside the copy as "start|end|words" in characters of its text, or "" when there is none. */
    private static final String SELECTION = """
            const root = $0; const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0) return '';
            const range = selection.getRangeAt(0);
            if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return '';
            const before = document.createRange();
            before.selectNodeContents(root);
            before.setEnd(range.startContainer, range.startOffset);
            const start = before.toString().length;
            const words = range.toString();
            return start + '|' + (start + words.length) + '|' + words;""";

    private void mark(long sourceId, Stance stance, String selection) {
        String[] parts = selection == null ? new String[0] : selection.split("\\|", 3);
        if (parts.length < 3 || parts[2].isBlank()) {
            Messages.error(this, "passage.error.empty");
            return;
        }
        try {
            PassageView marked =
                    passages.mark(sourceId, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2], stance);
            Messages.success(this, "passage.marked");
            // Drawn again with the new passage marked, and scrolled to it.
            UI.getCurrent()
                    .navigate(
                            "app/sources/" + sourceId,
                            com.vaadin.flow.router.QueryParameters.of("passage", String.valueOf(marked.id())));
        } catch (DomainRuleViolation refused) {
            Messages.report(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stored-copy.title") + " · " + title + " · " + getTranslation("app.name");
    }
}
