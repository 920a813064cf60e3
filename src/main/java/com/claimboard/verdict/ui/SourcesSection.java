package com.claimboard.verdict.ui;

import com.claimboard.claim.ClaimAction;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Links;
import com.claimboard.shared.ui.Messages;
import com.claimboard.source.FetchState;
import com.claimboard.source.PassageView;
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
import java.util.List;

/** The claim's sources as they are fetched, and, for the reviewer researching it, the form to attach one. */
class SourcesSection extends VerticalLayout {

    private final SourceService sources;
    private final Runnable refreshSources;
    private final VerticalLayout list = new VerticalLayout();
    private final HorizontalLayout attachForm = new HorizontalLayout();
    final TextField sourceUrl = new TextField();
    final Select<Stance> stance = new Select<>();
    private long claimId;

    SourcesSection(SourceService sources, Runnable refreshSources) {
        this.sources = sources;
        this.refreshSources = refreshSources;
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
        Button uploadFile = new Button(
                getTranslation("source.upload.open"),
                click -> OtherSourceDialogs.upload(this, sources, claimId, refreshSources));
        uploadFile.setId("source-upload-open");
        Button typeExcerpt = new Button(
                getTranslation("source.excerpt.open"),
                click -> OtherSourceDialogs.excerpt(this, sources, claimId, refreshSources));
        typeExcerpt.setId("source-excerpt-open");
        attachForm.add(sourceUrl, stance, attach, uploadFile, typeExcerpt);
        attachForm.setWrap(true);
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
        boolean researching = page.claim().allows(ClaimAction.RESEARCH);
        page.sources().forEach(source -> {
            list.add(row(source, researching));
            List<PassageView> marked = page.passages().stream()
                    .filter(passage -> passage.sourceId() == source.id())
                    .toList();
            if (!marked.isEmpty()) {
                list.add(Passages.list(this, marked));
            }
        });
        attachForm.setVisible(researching);
        return page.sources().stream().anyMatch(s -> s.state() == FetchState.PENDING);
    }

    private HorizontalLayout row(SourceSummary source, boolean researching) {
        Span status = Badges.of(this, source.state(), source.state().messageKey());
        status.addClassName("source-status");
        Span stanceLabel = new Span(getTranslation(source.stance().messageKey()));
        stanceLabel.addClassName("muted");
        HorizontalLayout row = new HorizontalLayout(
                status,
                source.address() == null ? new Span(source.label()) : Links.external(source.address(), source.label()),
                stanceLabel);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("source-row");
        if (source.kind() != com.claimboard.source.SourceKind.WEB) {
            Span kind = new Span(getTranslation(source.kind().messageKey()));
            kind.getElement().getThemeList().add("badge contrast small");
            row.add(kind);
        }
        if (source.state() == FetchState.FAILED) {
            Span reason = new Span(
                    source.attempts() > 1
                            ? getTranslation(
                                    "source.failed-after",
                                    getTranslation(source.failureMessageKey()),
                                    source.attempts())
                            : getTranslation(source.failureMessageKey()));
            reason.addClassName("source-failure");
            row.add(reason);
        } else if (source.waitingToRetry()) {
            // A passing failure: said, with when the page will be asked for again.
            Span retrying = new Span(getTranslation(
                    "source.retrying-at",
                    source.attempts(),
                    getTranslation(source.failureMessageKey()),
                    com.claimboard.shared.ui.ReaderTime.time(this, source.nextAttemptAt())));
            retrying.addClassName("source-attempts");
            row.add(retrying);
        } else if (source.state() == FetchState.FETCHED && source.httpStatus() != null) {
            Span details = new Span("HTTP " + source.httpStatus() + " · " + String.valueOf(source.contentType()));
            details.addClassName("muted");
            row.add(details);
        }
        if (source.state() == FetchState.FETCHED) {
            com.vaadin.flow.component.html.Anchor copy = new com.vaadin.flow.component.html.Anchor(
                    "app/sources/" + source.id(), getTranslation("source.read-copy"));
            copy.setId("stored-copy-" + source.id());
            row.add(copy);
        }
        if (researching && source.retriable()) {
            Button retry = new Button(getTranslation("source.retry"), click -> {
                if (Messages.attempt(this, () -> sources.retry(source.id()))) {
                    Messages.success(this, "source.retrying");
                }
                refreshSources.run();
            });
            retry.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            retry.setId("source-retry-" + source.id());
            row.add(retry);
        }
        if (researching) {
            Button remove = new Button(getTranslation("source.remove"), click -> {
                if (Messages.attempt(this, () -> sources.remove(source.id()))) {
                    Messages.success(this, "source.removed", source.label());
                }
                refreshSources.run();
            });
            remove.addThemeVariants(
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            remove.setId("source-remove-" + source.id());
            row.add(remove);
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
