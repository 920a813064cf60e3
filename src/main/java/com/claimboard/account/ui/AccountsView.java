package com.claimboard.account.ui;

import com.claimboard.account.AccountAction;
import com.claimboard.account.AccountAdministration;
import com.claimboard.account.AccountRow;
import com.claimboard.account.Role;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The admin's home: every account with its roles, whether it is active and when it last signed in; search, a role
 * filter, and the actions the account allows (invite, roles, deactivate or reactivate, a new password link, the
 * trail).
 */
@Route("app/admin/accounts")
@Menu(title = "menu.accounts", order = 10)
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration administration;
    final Grid<AccountRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();

    AccountsView(AccountAdministration administration) {
        this.administration = administration;
        setSizeFull();
        setId("accounts");

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setAriaLabel(getTranslation("accounts.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("accounts-search");
        search.addValueChangeListener(change -> refresh());

        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("accounts.all-roles"));
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("accounts.all-roles") : roleName(role));
        roleFilter.setAriaLabel(getTranslation("accounts.filter-role"));
        roleFilter.setId("accounts-role-filter");
        roleFilter.addValueChangeListener(change -> refresh());

        Button invite = new Button(getTranslation("accounts.invite"), click -> new InviteDialog(this, administration));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickShortcut(Key.KEY_I, com.vaadin.flow.component.KeyModifier.ALT);
        invite.setId("accounts-invite");

        HorizontalLayout tools = new HorizontalLayout(search, roleFilter, invite);
        tools.setAlignItems(Alignment.BASELINE);

        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("account.field.name"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(AccountRow::username)
                .setHeader(getTranslation("account.field.username"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountRow::email)
                .setHeader(getTranslation("account.field.email"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.roles().stream().map(this::roleName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.field.roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("account.field.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.lastSignInAt() == null
                        ? getTranslation("accounts.never")
                        : ReaderTime.dateTime(this, row.lastSignInAt()))
                .setHeader(getTranslation("account.field.last-sign-in"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        grid.setId("accounts-grid");
        grid.setSizeFull();

        add(new H2(getTranslation("accounts.title")), tools, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(administration.accounts(search.getValue(), roleFilter.getValue()));
    }

    private Span status(AccountRow row) {
        Span status = new Span(getTranslation(row.status().messageKey()));
        status.getElement().getThemeList().add("badge pill");
        switch (row.status()) {
            case ACTIVE -> status.getElement().getThemeList().add("success");
            case DEACTIVATED -> status.getElement().getThemeList().add("error");
            case INVITED -> status.getElement().getThemeList().add("contrast");
        }
        status.setId("status-" + row.username());
        return status;
    }

    private HorizontalLayout actions(AccountRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setPadding(false);
        if (row.allows(AccountAction.CHANGE_ROLES)) {
            actions.add(action(
                    "accounts.roles", "roles-" + row.username(), () -> new RolesDialog(this, administration, row)));
        }
        if (row.allows(AccountAction.DEACTIVATE)) {
            actions.add(action(
                    "accounts.deactivate",
                    "deactivate-" + row.username(),
                    () -> Messages.attempt(this, () -> {
                        administration.deactivate(row.id(), row.version());
                        Messages.success(this, "accounts.was-deactivated", row.displayName());
                        refresh();
                    })));
        }
        if (row.allows(AccountAction.REACTIVATE)) {
            actions.add(action(
                    "accounts.reactivate",
                    "reactivate-" + row.username(),
                    () -> Messages.attempt(this, () -> {
                        administration.reactivate(row.id(), row.version());
                        Messages.success(this, "accounts.was-reactivated", row.displayName());
                        refresh();
                    })));
        }
        if (row.allows(AccountAction.SEND_LINK)) {
            String key = row.status() == com.claimboard.account.AccountStatus.INVITED
                    ? "accounts.invite-again"
                    : "accounts.reset-password";
            actions.add(action(
                    key,
                    "link-" + row.username(),
                    () -> Messages.attempt(this, () -> {
                        var link = administration.sendLink(row.id(), ReaderTime.locale(this));
                        new LinkDialog(this, row.displayName(), link);
                        refresh();
                    })));
        }
        actions.add(action(
                "accounts.history",
                "history-" + row.username(),
                () -> new AccountHistoryDialog(this, row, administration.history(row.id()))));
        return actions;
    }

    private Button action(String key, String id, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    String roleName(Role role) {
        return getTranslation(role.messageKey());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
