package com.claimboard.notification.ui;

import com.claimboard.account.AccountService;
import com.claimboard.notification.NotificationService;
import com.claimboard.shared.live.Broadcast;
import com.claimboard.shared.live.Change;
import com.claimboard.shared.ui.LiveUpdates;
import com.claimboard.shared.ui.NavbarWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The bell in the top bar: how many notifications are unread, kept up to date live; it opens the inbox. */
@org.springframework.stereotype.Component
class InboxBell implements NavbarWidget {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final Broadcast broadcast;
    private final AuthenticationContext authentication;

    InboxBell(
            NotificationService notifications,
            AccountService accounts,
            Broadcast broadcast,
            AuthenticationContext authentication) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.broadcast = broadcast;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        Anchor bell = new Anchor("app/inbox");
        bell.setId("inbox-bell");
        bell.addClassName("inbox-bell");
        Span count = new Span();
        count.setId("inbox-count");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
        bell.add(VaadinIcon.BELL.create(), count);
        long me = authentication.getPrincipalName().flatMap(accounts::idOf).orElse(-1L);
        Runnable show = () -> {
            long unread = notifications.unreadCount();
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            bell.getElement()
                    .setAttribute("aria-label", bell.getTranslation("inbox.bell", unread))
                    .setAttribute("title", bell.getTranslation("inbox.bell", unread));
        };
        show.run();
        LiveUpdates.follow(bell, broadcast, change -> change.is(Change.Topic.INBOX, me), show);
        return bell;
    }
}
