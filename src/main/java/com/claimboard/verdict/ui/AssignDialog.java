package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.account.AccountService.AccountSummary;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;

/** An editor gives a claim to a reviewer (or to another one), with a due date if the desk has one. */
final class AssignDialog {

    private AssignDialog() {}

    static void open(Component owner, ClaimService claims, AccountService accounts, ClaimSummary claim, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("claim.assign.title"));
        dialog.setId("assign-dialog");
        ComboBox<AccountSummary> person = new ComboBox<>(owner.getTranslation("claim.assign.person"));
        person.setItems(accounts.assignable());
        person.setItemLabelGenerator(AccountSummary::displayName);
        person.setRequired(true);
        person.setId("assign-person");
        person.setWidthFull();
        person.getListDataView()
                .getItems()
                .filter(a -> a.username().equals(claim.assignee()))
                .findFirst()
                .ifPresent(person::setValue);
        DatePicker due = ReaderTime.localised(new DatePicker(owner.getTranslation("claim.assign.due")));
        due.setMin(LocalDate.now(ReaderTime.zone(owner)));
        due.setValue(claim.dueOn());
        due.setClearButtonVisible(true);
        due.setHelperText(owner.getTranslation("claim.assign.due-help"));
        due.setId("assign-due");
        Button save = new Button(owner.getTranslation("claim.assign.save"), click -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(owner.getTranslation("claim.assign.person-required"));
                return;
            }
            boolean assigned = Messages.attempt(
                    owner,
                    () -> claims.assign(
                            claim.id(), claim.version(), person.getValue().username(), due.getValue()));
            if (assigned) {
                Messages.success(owner, "claim.assigned", person.getValue().displayName());
                dialog.close();
            }
            done.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("assign-save");
        FormLayout form = new FormLayout(person, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("28em");
        dialog.open();
        person.focus();
    }
}
