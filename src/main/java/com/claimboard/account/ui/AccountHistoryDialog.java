package com.claimboard.account.ui;

import com.claimboard.account.AccountHistoryEntry;
import com.claimboard.account.AccountRow;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** An account's trail: every change, who made it and when, oldest first. */
class AccountHistoryDialog extends Dialog {

    AccountHistoryDialog(AccountsView owner, AccountRow row, List<AccountHistoryEntry> entries) {
        setHeaderTitle(getTranslation("accounts.history.title", row.displayName()));
        setId("account-history");
        setWidth("48em");
        Grid<AccountHistoryEntry> grid = new Grid<>();
        grid.addColumn(entry -> ReaderTime.dateTime(owner, entry.at()))
                .setHeader(getTranslation("history.column.when"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.change().messageKey()))
                .setHeader(getTranslation("history.column.what"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail())
                .setHeader(getTranslation("accounts.history.detail"))
                .setFlexGrow(1);
        grid.addColumn(AccountHistoryEntry::actor)
                .setHeader(getTranslation("history.column.who"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.setId("account-history-grid");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        open();
    }
}
