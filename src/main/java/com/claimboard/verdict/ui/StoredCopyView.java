package com.claimboard.verdict.ui;

import com.claimboard.shared.NotFound;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Links;
import com.claimboard.shared.ui.ReaderTime;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceService.StoredCopy;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A source's stored copy as the desk keeps it: the text the fetcher extracted (or the saved page, the PDF, the
 * typed excerpt), with where and when it was taken, so an editor reads what the verdict rests on before approving.
 * The text is shown as text, never as HTML.
 */
@Route("app/sources/:sourceId")
@RolesAllowed(Roles.REVIEWER)
public class StoredCopyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SourceService sources;
    private String title = "";

    StoredCopyView(SourceService sources) {
        this.sources = sources;
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
        Div text = new Div();
        text.setText(copy.text());
        text.getStyle().set("white-space", "pre-wrap").set("line-height", "1.5");
        text.setId("stored-copy-text");
        add(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stored-copy.title") + " · " + title + " · " + getTranslation("app.name");
    }
}
