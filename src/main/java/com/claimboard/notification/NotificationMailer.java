package com.claimboard.notification;

import com.claimboard.account.AccountService;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails a notification to a person who asked for it, in their language, once what caused it has committed,
 * and off the request's thread: a slow or refusing mail server delays nobody, and the notification stays in the
 * inbox whatever the server says.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AccountService accounts;
    private final I18NProvider translations;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-mail").daemon().factory());

    NotificationMailer(
            ObjectProvider<JavaMailSender> mailSender,
            AccountService accounts,
            I18NProvider translations,
            @Value("${claimboard.mail.from:claimboard@localhost}") String from,
            @Value("${claimboard.public-base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.translations = translations;
        this.from = from;
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Called in the transaction that made the notification; sends nothing if it rolls back. */
    void sendAfterCommit(String recipient, NotificationView notification, Locale language) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        // Read now, inside the caller's call: the address and the names as they are when it happened.
        String to = accounts.emailOf(recipient).orElse(null);
        if (to == null) {
            return;
        }
        String actor = accounts.displayName(notification.actor());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        String line =
                translations.getTranslation(notification.kind().messageKey(), language, actor, notification.claimId());
        message.setSubject(translations.getTranslation("notification.mail.subject", language, line));
        message.setText(translations.getTranslation(
                "notification.mail.body",
                language,
                line,
                notification.detail() == null ? "" : "\n\n" + notification.detail(),
                baseUrl + "/app/claims/" + notification.claimId(),
                baseUrl + "/app/inbox"));
        Runnable send = () -> sending.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException refused) {
                log.warn("Could not e-mail a notification ({}): {}", notification.kind(), refused.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    @Override
    public void destroy() {
        sending.shutdown();
    }
}
