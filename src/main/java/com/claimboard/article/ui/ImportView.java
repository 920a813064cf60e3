package com.claimboard.article.ui;

import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleLimits;
import com.claimboard.article.ArticlePreview;
import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Import an article: paste it, give its address, or upload its HTML file. A page is fetched or read and extracted
 * in the background, off the person's session (with progress and a cancel button), then shown in the form for the
 * reviewer to check and edit before it is imported and split into claim cards. Every field states its limit.
 */
@Route("app/import")
@Menu(title = "menu.import", order = 1)
@RolesAllowed(Roles.REVIEWER)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ArticleService articles;

    final TextField address = new TextField();
    final Button fetch = new Button();
    final Upload upload;
    private final HorizontalLayout progress = new HorizontalLayout();
    private final Span progressText = new Span();
    final Button cancel = new Button();

    final TextField title = new TextField();
    final TextField byline = new TextField();
    final TextField outlet = new TextField();
    final DatePicker publishedOn = new DatePicker();
    final ComboBox<String> lang = new ComboBox<>();
    final TextField url = new TextField();
    final TextArea text = new TextArea();
    final Button importButton = new Button();

    /** The background work under way, if any; a result arriving for another one is ignored. */
    CompletableFuture<ArticlePreview> pending;

    private UI ui;

    ImportView(ArticleService articles) {
        this.articles = articles;
        setMaxWidth("60em");

        address.setLabel(getTranslation("import.address"));
        address.setPlaceholder("https://");
        address.setId("import-address");
        address.setWidth("32em");
        LimitedFields.limit(address, ArticleLimits.ADDRESS);
        address.addKeyPressListener(Key.ENTER, e -> fetchPreview());
        fetch.setText(getTranslation("import.fetch"));
        fetch.setId("import-fetch");
        fetch.addClickListener(click -> fetchPreview());
        HorizontalLayout byAddress = new HorizontalLayout(address, fetch);
        byAddress.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        long maxUpload = articles.maxUploadBytes();
        long megabytes = Math.round(maxUpload / (1024.0 * 1024.0));
        // The upload arrives off the session lock; the page is then read on the fetch pool, never under the lock.
        upload = new Upload(
                UploadHandler.inMemory((metadata, content) -> previewUploaded(metadata.fileName(), content)));
        upload.setAcceptedFileExtensions(".html", ".htm");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload));
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        UploadI18N uploadTexts = new UploadI18N();
        uploadTexts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")));
        uploadTexts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
        uploadTexts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.error.file-too-large", megabytes))
                .setIncorrectFileType(getTranslation("import.error.not-html-file"))
                .setTooManyFiles(getTranslation("import.error.file-rejected", megabytes)));
        upload.setI18n(uploadTexts);
        upload.addFileRejectedListener(rejected -> Messages.error(this, "import.error.file-rejected", megabytes));
        Span uploadLimit = new Span(getTranslation("import.upload.limit", megabytes));
        uploadLimit.addClassName("muted");
        uploadLimit.setId("import-upload-limit");

        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("12em");
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(click -> cancelWork());
        progress.add(bar, progressText, cancel);
        progress.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        progress.setId("import-progress");
        progress.setVisible(false);

        title.setLabel(getTranslation("import.title"));
        title.setRequired(true);
        title.setId("import-title");
        LimitedFields.limit(title, ArticleLimits.TITLE);
        byline.setLabel(getTranslation("import.byline"));
        byline.setId("import-byline");
        LimitedFields.limit(byline, ArticleLimits.BYLINE);
        outlet.setLabel(getTranslation("import.outlet"));
        outlet.setId("import-outlet");
        LimitedFields.limit(outlet, ArticleLimits.OUTLET);
        publishedOn.setLabel(getTranslation("import.published-on"));
        publishedOn.setId("import-published-on");
        ReaderTime.localised(publishedOn);
        lang.setLabel(getTranslation("import.lang"));
        lang.setItems(List.of("fr", "en"));
        lang.setAllowCustomValue(true);
        lang.addCustomValueSetListener(e -> lang.setValue(e.getDetail()));
        lang.setHelperText(getTranslation("import.lang.help"));
        lang.setId("import-lang");
        url.setLabel(getTranslation("import.url"));
        url.setPlaceholder("https://");
        url.setId("import-url");
        LimitedFields.limit(url, ArticleLimits.URL);
        FormLayout form = new FormLayout(title, byline, outlet, publishedOn, lang, url);
        form.setColspan(title, 2);
        form.setColspan(url, 2);

        text.setLabel(getTranslation("import.text"));
        text.setRequired(true);
        text.setId("import-text");
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setMaxHeight("32em");
        LimitedFields.limit(text, ArticleLimits.TEXT);
        Paragraph textHelp = new Paragraph(getTranslation("import.text.help"));
        textHelp.addClassName("muted");

        importButton.setText(getTranslation("import.submit"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-submit");
        // From inside the text, Ctrl+Enter imports; the text is sent to the server first.
        importButton.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        importButton.addClickListener(click -> importOrOfferExisting());

        add(
                new H2(getTranslation("import.heading")),
                new Paragraph(getTranslation("import.intro")),
                byAddress,
                upload,
                uploadLimit,
                progress,
                new H3(getTranslation("import.preview")),
                form,
                textHelp,
                text,
                importButton);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    /** Starts fetching the address in the background; the page polls until the preview (or a failure) comes. */
    void fetchPreview() {
        if (address.isEmpty()) {
            Messages.error(this, "import.error.address-required");
            return;
        }
        String target = address.getValue().strip();
        CompletableFuture<ArticlePreview> started;
        try {
            started = articles.previewFromUrl(target);
        } catch (RuntimeException refused) {
            Messages.report(this, refused);
            return;
        }
        await(started, getTranslation("import.fetching", target));
    }

    /** Called off the session lock when an upload has arrived; the page is read on the fetch pool. */
    void previewUploaded(String fileName, byte[] content) {
        UI target = ui;
        if (target == null) {
            return; // the view was closed while the file was uploading
        }
        CompletableFuture<ArticlePreview> reading;
        try {
            reading = articles.previewFromFile(fileName, content);
        } catch (RuntimeException refused) {
            target.access(() -> {
                upload.clearFileList();
                Messages.report(this, refused);
            });
            return;
        }
        target.access(() -> {
            // The file has arrived: the list is emptied so that another page can be chosen straight away.
            upload.clearFileList();
            await(reading, getTranslation("import.reading-file", fileName));
        });
    }

    /** Shows progress while the work runs, then the preview or what went wrong; a cancelled result is ignored. */
    private void await(CompletableFuture<ArticlePreview> started, String what) {
        UI current = UI.getCurrent();
        pending = started;
        progressText.setText(what);
        progress.setVisible(true);
        fetch.setEnabled(false);
        // The result is pushed to the browser when it comes (the workspace has Push); nothing polls.
        started.whenComplete((preview, error) -> current.access(() -> {
            if (pending != started) {
                return; // cancelled, or other work started since
            }
            stopProgress();
            if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                Messages.report(
                        this, cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause));
            } else {
                fill(preview);
                Messages.success(this, "import.previewed");
            }
        }));
    }

    void cancelWork() {
        if (pending != null) {
            pending.cancel(true);
        }
        stopProgress();
        Messages.success(this, "import.cancelled");
    }

    private void stopProgress() {
        pending = null;
        progress.setVisible(false);
        fetch.setEnabled(true);
    }

    /** Puts a preview in the form, where every field stays editable and states its limit. */
    private void fill(ArticlePreview preview) {
        title.setValue(orEmpty(preview.title()));
        byline.setValue(orEmpty(preview.byline()));
        outlet.setValue(orEmpty(preview.outlet()));
        publishedOn.setValue(preview.publishedOn());
        lang.setValue(preview.lang());
        url.setValue(orEmpty(preview.url()));
        text.setValue(orEmpty(preview.text()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private ArticleDraft draft() {
        return new ArticleDraft(
                title.getValue(),
                text.getValue(),
                url.getValue(),
                outlet.getValue(),
                publishedOn.getValue(),
                byline.getValue(),
                lang.getValue());
    }

    private void importOrOfferExisting() {
        if (text.isEmpty()) {
            Messages.error(this, "import.error.text-required");
            return;
        }
        Optional<ArticleSummary> existing;
        try {
            existing = articles.findDuplicate(draft());
        } catch (RuntimeException refused) {
            Messages.report(this, refused);
            return;
        }
        if (existing.isPresent()) {
            offerExisting(existing.get());
        } else {
            doImport();
        }
    }

    private void offerExisting(ArticleSummary existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("import.duplicate.title"));
        dialog.add(new Paragraph(getTranslation("import.duplicate.text", existing.title())));
        Button open = new Button(getTranslation("import.duplicate.open"), click -> {
            dialog.close();
            openBoard(existing.id());
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("duplicate-open");
        Button anyway = new Button(getTranslation("import.duplicate.import-anyway"), click -> {
            dialog.close();
            doImport();
        });
        anyway.setId("duplicate-import-anyway");
        dialog.getFooter().add(new HorizontalLayout(anyway, open));
        dialog.open();
    }

    private void doImport() {
        long[] id = new long[1];
        boolean imported = Messages.attempt(this, () -> id[0] = articles.importArticle(draft()));
        if (imported) {
            Messages.success(this, "import.done", title.getValue());
            openBoard(id[0]);
        }
    }

    private void openBoard(long articleId) {
        getUI().ifPresent(ui -> ui.navigate("app", QueryParameters.of("article", String.valueOf(articleId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " · " + getTranslation("app.name");
    }
}
