package com.claimboard.organisation.ui;

import com.claimboard.organisation.OrganisationLimits;
import com.claimboard.organisation.OrganisationProfile;
import com.claimboard.organisation.OrganisationService;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organisation's identity, as the public site shows it: name, web address, contact e-mail, methodology
 * (Markdown, shown at /methodology with the rating scale) and logo. The organisation is ClaimReview's author.
 */
@Route("app/admin/organisation")
@Menu(title = "menu.organisation", order = 11)
@RolesAllowed(Roles.ADMIN)
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisation;
    final TextField name = new TextField();
    final TextField website = new TextField();
    final TextField email = new TextField();
    final TextArea methodology = new TextArea();
    private final HorizontalLayout logoRow = new HorizontalLayout();
    private OrganisationProfile profile;

    OrganisationView(OrganisationService organisation) {
        this.organisation = organisation;
        setId("organisation");
        setMaxWidth("56em");
        name.setLabel(getTranslation("organisation.field.name"));
        name.setId("organisation-name");
        LimitedFields.limit(name, OrganisationLimits.NAME);
        website.setLabel(getTranslation("organisation.field.website"));
        website.setPlaceholder("https://");
        website.setId("organisation-website");
        email.setLabel(getTranslation("organisation.field.email"));
        email.setId("organisation-email");
        LimitedFields.limit(email, OrganisationLimits.EMAIL);
        methodology.setLabel(getTranslation("organisation.field.methodology"));
        methodology.setMinHeight("14em");
        methodology.setWidthFull();
        methodology.setId("organisation-methodology");
        LimitedFields.limit(methodology, OrganisationLimits.METHODOLOGY);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("organisation-save");
        Anchor preview = new Anchor("/methodology", getTranslation("organisation.see-methodology"));
        preview.setTarget("_blank");
        FormLayout form = new FormLayout(name, website, email, methodology);
        form.setColspan(methodology, 2);
        add(
                new H2(getTranslation("organisation.title")),
                new Paragraph(getTranslation("organisation.help")),
                form,
                new HorizontalLayout(save, preview),
                new H3(getTranslation("organisation.logo")),
                new Paragraph(getTranslation("organisation.logo-help", OrganisationLimits.LOGO_MAX_BYTES / 1024)),
                logoRow,
                logoUpload());
        show(organisation.profile(), true);
    }

    private Upload logoUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                show(organisation.setLogo(profile.version(), metadata.fileName(), bytes), false);
                Messages.success(this, "organisation.logo-saved");
            } catch (DomainRuleViolation refused) {
                Messages.report(this, refused);
            }
        })));
        upload.setAcceptedFileExtensions(".png", ".jpg", ".jpeg", ".svg");
        upload.setMaxFileSize(OrganisationLimits.LOGO_MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setId("organisation-logo-upload");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("organisation.logo-add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("organisation.logo-drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation(
                        "organisation.error.logo-too-large", "", OrganisationLimits.LOGO_MAX_BYTES / 1024))
                .setIncorrectFileType(getTranslation("organisation.error.logo-not-image", ""))
                .setTooManyFiles(getTranslation("source.upload.one-file")));
        upload.setI18n(texts);
        return upload;
    }

    private void show(OrganisationProfile shown, boolean fillForm) {
        this.profile = shown;
        if (fillForm) {
            name.setValue(shown.name());
            website.setValue(shown.websiteUrl() == null ? "" : shown.websiteUrl());
            email.setValue(shown.contactEmail() == null ? "" : shown.contactEmail());
            methodology.setValue(shown.methodologyMarkdown() == null ? "" : shown.methodologyMarkdown());
        }
        logoRow.removeAll();
        if (shown.hasLogo()) {
            Image logo = new Image("/organisation/logo?v=" + shown.logoVersion(), getTranslation("organisation.logo"));
            logo.setHeight("48px");
            logo.setId("organisation-logo");
            Button remove = new Button(getTranslation("organisation.logo-remove"), click -> {
                if (Messages.attempt(this, () -> show(organisation.removeLogo(profile.version()), false))) {
                    Messages.success(this, "organisation.logo-removed");
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logoRow.add(logo, remove);
        } else {
            logoRow.add(new Paragraph(getTranslation("organisation.no-logo")));
        }
    }

    void save() {
        try {
            show(
                    organisation.describe(
                            profile.version(),
                            name.getValue(),
                            website.getValue(),
                            email.getValue(),
                            methodology.getValue()),
                    true);
            Messages.success(this, "organisation.saved");
        } catch (DomainRuleViolation refused) {
            Messages.report(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " · " + getTranslation("app.name");
    }
}
