package com.claimboard.verdict.ui;

import com.claimboard.account.AccountService;
import com.claimboard.audit.AuditRecord;
import com.claimboard.audit.AuditService;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The claim's history: every move and edit, with who, when (in the reader's zone and language) and why. */
class HistorySection extends Div {

    private final AuditService audit;
    private final AccountService accounts;
    private final UnorderedList rows = new UnorderedList();

    HistorySection(AuditService audit, AccountService accounts) {
        this.audit = audit;
        this.accounts = accounts;
        rows.setId("history");
        add(new H3(getTranslation("history.heading")), rows);
    }

    void show(long claimId) {
        rows.removeAll();
        List<AuditRecord> trail = audit.trail(claimId);
        if (trail.isEmpty()) {
            rows.add(new ListItem(getTranslation("history.empty")));
        }
        for (AuditRecord entry : trail) {
            String line = getTranslation(
                    "history.entry",
                    ReaderTime.dateTime(this, entry.at()),
                    accounts.displayName(entry.actor()),
                    getTranslation(entry.action().historyKey()),
                    getTranslation(entry.toState().messageKey()));
            ListItem item = new ListItem(entry.comment() == null ? line : line + " — " + entry.comment());
            item.addClassName("history-entry");
            rows.add(item);
        }
    }
}
