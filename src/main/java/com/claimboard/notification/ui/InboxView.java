package com.claimboard.notification.ui;

import com.claimboard.account.AccountService;
import com.claimboard.notification.NotificationService;
import com.claimboard.notification.NotificationView;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.claimboard.shared.ui.Badges;
import com.claimboard.shared.ui.LiveUpdates;
import com.claimboard.shared.ui.Messages;
import com.claimboard.shared.ui.ReaderTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The signed-in person's notifications, newest first, unread ones marked: each opens its claim and may be marked
 * read, or all at once. New ones appear as they come. Whether they also come by e-mail is the person's choice.
 */
@Route("app/inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final Div list = new Div();
    private final Button markAll;

    InboxView(
            NotificationService notifications,
            AccountService accounts,
            Broadcast broadcast,
            AuthenticationContext authentication) {
        this.notifications = notifications;
        this.accounts = accounts;
        setMaxWidth("60em");
        list.setId("inbox-list");
        list.setWidthFull();
        markAll = new Button(getTranslation("inbox.mark-all-read"), click -> {
            int marked = notifications.markAllRead();
            Messages.success(this, "inbox.marked-all", marked);
            show();
        });
        markAll.setId("inbox-mark-all");
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("inbox.title")), markAll);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, emailChoice(), list);
        show();
        long me = authentication.getPrincipalName().flatMap(accounts::idOf).orElse(-1L);
        LiveUpdates.follow(this, broadcast, change -> change.is(Change.Topic.INBOX, me), this::show);
    }

    private Checkbox emailChoice() {
        Checkbox byEmail = new Checkbox(getTranslation("inbox.by-email"));
        byEmail.setId("inbox-by-email");
        byEmail.setValue(notifications.byEmail());
        if (notifications.mailConfigured()) {
            byEmail.setHelperText(getTranslation("inbox.by-email-help"));
        } else {
            byEmail.setHelperText(getTranslation("inbox.by-email-unavailable"));
            byEmail.setEnabled(byEmail.getValue());
        }
        byEmail.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                notifications.setByEmail(change.getValue(), ReaderTime.locale(this));
                Messages.success(this, change.getValue() ? "inbox.by-email-on" : "inbox.by-email-off");
            }
        });
        return byEmail;
    }

    private void show() {
        list.removeAll();
        List<NotificationView> inbox = notifications.inbox();
        markAll.setEnabled(inbox.stream().anyMatch(NotificationView::unread));
        if (inbox.isEmpty()) {
            list.add(Badges.emptyState(this, "inbox.empty"));
        }
        inbox.forEach(notification -> list.add(row(notification)));
    }

    private Div row(NotificationView notification) {
        Div row = new Div();
        row.addClassName("notification");
        row.setId("notification-" + notification.id());
        if (notification.unread()) {
            row.addClassName("unread");
        }
        String line = getTranslation(
                notification.kind().messageKey(), accounts.displayName(notification.actor()), notification.claimId());
        Anchor open = new Anchor("app/claims/" + notification.claimId(), line);
        open.addClassName("notification-line");
        if (notification.unread()) {
            // Opening it reads it.
            open.getElement().addEventListener("click", event -> notifications.markRead(notification.id()));
        }
        Paragraph meta = new Paragraph(ReaderTime.dateTime(this, notification.createdAt())
                + (notification.unread() ? " · " + getTranslation("inbox.unread") : ""));
        meta.addClassName("muted");
        row.add(open, meta);
        if (notification.detail() != null) {
            Paragraph detail = new Paragraph(notification.detail());
            detail.addClassName("notification-detail");
            row.add(detail);
        }
        if (notification.unread()) {
            Button read = new Button(getTranslation("inbox.mark-read"), click -> {
                notifications.markRead(notification.id());
                show();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.setId("notification-read-" + notification.id());
            row.add(read);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
