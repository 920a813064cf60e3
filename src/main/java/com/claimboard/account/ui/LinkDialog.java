package com.claimboard.account.ui;

import com.claimboard.account.PasswordLink;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Says where a new password link went: by e-mail to the person, or, without a mail server, shown here this once
 * for the admin to pass on (it is never stored in a form that could show it again).
 */
class LinkDialog extends Dialog {

    LinkDialog(Component owner, String name, PasswordLink link) {
        setHeaderTitle(getTranslation("accounts.link.title", name));
        setId("link-dialog");
        String expires = ReaderTime.dateTime(owner, link.expiresAt());
        if (link.emailed()) {
            Paragraph sent = new Paragraph(getTranslation("accounts.link.emailed", link.email(), expires));
            sent.setId("link-emailed");
            add(sent);
        } else {
            add(new Paragraph(getTranslation("accounts.link.by-hand", expires)));
            TextField url = new TextField(getTranslation("accounts.link.url"));
            url.setValue(link.url());
            url.setReadOnly(true);
            url.setWidth("36em");
            url.setId("link-url");
            url.addFocusListener(focus -> url.getElement().executeJs("this.inputElement.select()"));
            Button copy = new Button(
                    getTranslation("accounts.link.copy"),
                    click -> url.getElement()
                            .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.url()));
            copy.setId("link-copy");
            add(url, copy);
        }
        Button done = new Button(getTranslation("action.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("link-done");
        getFooter().add(done);
        open();
    }
}
