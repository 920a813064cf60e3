package com.claimboard.verdict.ui;

import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimLimits;
import com.claimboard.claim.ClaimOrigin;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.claim.ClaimantKind;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Who made the claim, when and where, as the public page will say it. The splitter's guess is shown as a
 * suggestion, never published, until a reviewer confirms or changes it here.
 */
class OriginSection extends Div {

    private final ClaimService claims;
    private final Runnable refresh;

    OriginSection(ClaimService claims, Runnable refresh) {
        this.claims = claims;
        this.refresh = refresh;
        setId("claim-origin");
    }

    void show(ClaimSummary claim) {
        removeAll();
        ClaimOrigin origin = claim.origin();
        Paragraph line = new Paragraph();
        line.setId("claim-origin-text");
        if (origin.claimantConfirmed()) {
            line.setText(getTranslation(
                    "origin.confirmed",
                    origin.claimant(),
                    getTranslation(origin.kind().messageKey())));
        } else if (claim.speaker() != null) {
            line.setText(getTranslation("origin.suggested", claim.speaker()));
            line.addClassName("muted");
        } else {
            line.setText(getTranslation("origin.unknown"));
            line.addClassName("muted");
        }
        add(line);
        if (origin.madeOn() != null) {
            add(new Paragraph(getTranslation("origin.made-on", ReaderTime.date(this, origin.madeOn()))));
        }
        if (origin.appearanceUrl() != null) {
            add(new Paragraph(getTranslation("origin.appeared-at", origin.appearanceUrl())));
        }
        if (claim.allows(ClaimAction.DESCRIBE)) {
            Button edit = new Button(
                    getTranslation(origin.claimantConfirmed() ? "origin.change" : "origin.confirm"),
                    click -> open(claim));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("claim-origin-edit");
            add(edit);
        }
    }

    private void open(ClaimSummary claim) {
        ClaimOrigin origin = claim.origin();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("origin.title"));
        dialog.setId("origin-dialog");
        TextField claimant = new TextField(getTranslation("claim.field.claimant"));
        claimant.setValue(
                origin.claimantConfirmed() ? origin.claimant() : claim.speaker() == null ? "" : claim.speaker());
        claimant.setHelperText(getTranslation("origin.claimant-help"));
        claimant.setId("origin-claimant");
        claimant.setWidthFull();
        LimitedFields.limit(claimant, ClaimLimits.CLAIMANT);
        RadioButtonGroup<ClaimantKind> kind = new RadioButtonGroup<>(getTranslation("origin.kind"));
        kind.setItems(ClaimantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(origin.kind() == null ? ClaimantKind.PERSON : origin.kind());
        kind.setId("origin-kind");
        DatePicker madeOn = ReaderTime.localised(new DatePicker(getTranslation("origin.made-on-label")));
        madeOn.setValue(origin.madeOn());
        madeOn.setMax(java.time.LocalDate.now());
        madeOn.setId("origin-made-on");
        TextField appearance = new TextField(getTranslation("claim.field.appearance-url"));
        appearance.setValue(origin.appearanceUrl() == null ? "" : origin.appearanceUrl());
        appearance.setHelperText(getTranslation("origin.appearance-help"));
        appearance.setId("origin-appearance");
        appearance.setWidthFull();
        LimitedFields.limit(appearance, ClaimLimits.APPEARANCE_URL);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                claims.describe(
                        claim.id(),
                        claim.version(),
                        new ClaimOrigin(
                                claimant.getValue(), kind.getValue(), madeOn.getValue(), appearance.getValue()));
                Messages.success(this, "origin.saved");
                dialog.close();
                refresh.run();
            } catch (DomainRuleViolation refused) {
                Messages.report(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("origin-save");
        FormLayout form = new FormLayout(claimant, kind, madeOn, appearance);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("36em");
        dialog.open();
        claimant.focus();
    }
}
