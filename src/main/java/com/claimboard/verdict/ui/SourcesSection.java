package com.claimboard.verdict.ui;

import com.claimboard.claim.ClaimAction;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Links;
import com.claimboard.shared.ui.Messages;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceSummary;
import com.claimboard.source.Stance;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** The claim's sources as they are fetched, and, for the reviewer researching it, the form to attach one. */
class SourcesSection extends VerticalLayout {

    private final SourceService sources;
    private final VerticalLayout list = new VerticalLayout();
    private final HorizontalLayout attachForm = new HorizontalLayout();
    final TextField sourceUrl = new TextField();
    final Select<Stance> stance = new Select<>();
    private long claimId;

    SourcesSection(SourceService sources, Runnable refreshSources) {
        this.sources = sources;
        setPadding(false);
        sourceUrl.setLabel(getTranslation("source.url"));
        sourceUrl.setPlaceholder("https://");
        sourceUrl.setId("source-url");
        sourceUrl.setWidth("28em");
        LimitedFields.limit(sourceUrl, SourceService.URL);
        stance.setLabel(getTranslation("source.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stance.setValue(Stance.CONTEXT);
        stance.setId("source-stance");
        Button attach = new Button(getTranslation("source.attach"), click -> attach(refreshSources));
        attach.setId("source-attach");
        sourceUrl.addKeyPressListener(Key.ENTER, e -> attach(refreshSources));
        attachForm.add(sourceUrl, stance, attach);
        attachForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.setPadding(false);
        list.setSpacing(false);
        add(new H3(getTranslation("source.heading")), list, attachForm);
    }

    /** Shows the sources; says whether one is still being fetched (the page then asks again shortly). */
    boolean show(ClaimPage page) {
        claimId = page.claim().id();
        list.removeAll();
        if (page.sources().isEmpty()) {
            list.add(Badges.emptyState(this, "source.empty"));
        }
        page.sources().forEach(source -> list.add(row(source)));
        attachForm.setVisible(page.claim().allows(ClaimAction.RESEARCH));
        return page.sources().stream().anyMatch(s -> s.state() == FetchState.PENDING);
    }

    private HorizontalLayout row(SourceSummary source) {
        Span status = Badges.of(this, source.state(), source.state().messageKey());
        status.addClassName("source-status");
        Span stanceLabel = new Span(getTranslation(source.stance().messageKey()));
        stanceLabel.addClassName("muted");
        HorizontalLayout row = new HorizontalLayout(
                status,
                Links.external(source.finalUrl() != null ? source.finalUrl() : source.url(), source.label()),
                stanceLabel);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("source-row");
        if (source.state() == FetchState.FAILED) {
            Span reason = new Span(getTranslation(source.failureMessageKey()));
            reason.addClassName("source-failure");
            row.add(reason);
        } else if (source.state() == FetchState.FETCHED && source.httpStatus() != null) {
            Span details = new Span("HTTP " + source.httpStatus() + " · " + String.valueOf(source.contentType()));
            details.addClassName("muted");
            row.add(details);
        }
        return row;
    }

    private void attach(Runnable refreshSources) {
        if (Messages.attempt(this, () -> sources.attach(claimId, sourceUrl.getValue(), stance.getValue()))) {
            sourceUrl.clear();
            Messages.success(this, "source.attached");
        }
        refreshSources.run();
    }
}
