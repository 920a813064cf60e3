package com.claimboard.verdict.ui;

import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.claimboard.source.Excerpt;
import com.claimboard.source.SourceService;
import com.claimboard.source.Stance;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Sources without a page to fetch: an uploaded saved page or PDF, or a passage typed by hand with its citation.
 * Each is stored at once as its own copy, under the same limits as a fetched page.
 */
final class OtherSourceDialogs {

    private OtherSourceDialogs() {}

    /** A saved web page (HTML) or a PDF; the address, if given, is where readers find the original. */
    static void upload(Component owner, SourceService sources, long claimId, Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("source.upload.title"));
        dialog.setId("source-upload-dialog");
        long megabytes = Math.round(sources.maxUploadBytes() / (1024.0 * 1024.0));
        TextField address = new TextField(owner.getTranslation("source.upload.address"));
        address.setWidthFull();
        address.setId("source-upload-address");
        LimitedFields.limit(address, SourceService.URL);
        Select<Stance> stance = stance(owner, "source-upload-stance");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) -> ui.access(() -> {
            try {
                sources.attachFile(claimId, address.getValue(), stance.getValue(), metadata.fileName(), content);
                Messages.success(owner, "source.upload.stored", metadata.fileName());
                dialog.close();
                refresh.run();
            } catch (DomainRuleViolation refused) {
                Messages.report(owner, refused);
            }
        })));
        upload.setAcceptedFileExtensions(".html", ".htm", ".pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, sources.maxUploadBytes()));
        upload.setMaxFiles(1);
        upload.setId("source-upload");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("source.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("source.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(owner.getTranslation("source.error.file-too-large", "", megabytes))
                .setIncorrectFileType(owner.getTranslation("source.upload.wrong-type"))
                .setTooManyFiles(owner.getTranslation("source.upload.one-file")));
        upload.setI18n(texts);
        dialog.add(
                new Paragraph(owner.getTranslation("source.upload.help", megabytes)),
                new FormLayout(address, stance),
                upload);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()));
        dialog.setWidth("36em");
        dialog.open();
    }

    /** A passage typed by hand, with its title, outlet, date and (if any) address. */
    static void excerpt(Component owner, SourceService sources, long claimId, Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("source.excerpt.dialog"));
        dialog.setId("source-excerpt-dialog");
        TextArea text = new TextArea(owner.getTranslation("source.excerpt.text"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("excerpt-text");
        LimitedFields.limit(text, SourceService.EXCERPT_TEXT);
        TextField title = new TextField(owner.getTranslation("source.excerpt.title"));
        title.setId("excerpt-title");
        LimitedFields.limit(title, SourceService.EXCERPT_TITLE);
        TextField outlet = new TextField(owner.getTranslation("source.excerpt.outlet"));
        outlet.setId("excerpt-outlet");
        LimitedFields.limit(outlet, SourceService.EXCERPT_OUTLET);
        DatePicker date = ReaderTime.localised(new DatePicker(owner.getTranslation("source.excerpt.date")));
        date.setMax(java.time.LocalDate.now());
        date.setId("excerpt-date");
        TextField address = new TextField(owner.getTranslation("source.excerpt.url"));
        address.setId("excerpt-url");
        LimitedFields.limit(address, SourceService.URL);
        Select<Stance> stance = stance(owner, "excerpt-stance");
        Button save = new Button(owner.getTranslation("source.excerpt.save"), click -> {
            try {
                sources.attachExcerpt(
                        claimId,
                        stance.getValue(),
                        new Excerpt(
                                text.getValue(),
                                title.getValue(),
                                outlet.getValue(),
                                date.getValue(),
                                address.getValue()));
                Messages.success(owner, "source.excerpt.stored");
                dialog.close();
                refresh.run();
            } catch (DomainRuleViolation refused) {
                Messages.report(owner, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("excerpt-save");
        FormLayout form = new FormLayout(text, title, outlet, date, address, stance);
        form.setColspan(text, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        dialog.open();
        text.focus();
    }

    private static Select<Stance> stance(Component owner, String id) {
        Select<Stance> stance = new Select<>();
        stance.setLabel(owner.getTranslation("source.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> owner.getTranslation(s.messageKey()));
        stance.setValue(Stance.CONTEXT);
        stance.setId(id);
        return stance;
    }
}
