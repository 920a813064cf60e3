package com.claimboard.account;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation or a reset link by e-mail, in the person's language, when a mail server is configured
 * ({@code spring.mail.host}, see docs/operations.md). Without one, or when the server refuses, the link is not
 * lost: the admin is shown it to pass on.
 */
@Component
class LinkMailer {

    private static final Logger log = LoggerFactory.getLogger(LinkMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;

    LinkMailer(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            @Value("${claimboard.mail.from:claimboard@localhost}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Who a link is for. */
    record Recipient(String username, String displayName, String email) {}

    /** Whether the message was handed to the mail server; called outside any transaction. */
    boolean send(
            AccountLink.Purpose purpose, Recipient account, String url, java.time.Instant expiresAt, Locale language) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || account.email() == null) {
            return false;
        }
        String kind = purpose == AccountLink.Purpose.INVITATION ? "invitation" : "reset";
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language)
                .withZone(ZoneOffset.UTC)
                .format(expiresAt);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.email());
        message.setSubject(messages.getMessage("mail." + kind + ".subject", null, language));
        message.setText(messages.getMessage(
                "mail." + kind + ".body",
                new Object[] {account.displayName(), account.username(), url, expires + " UTC"},
                language));
        try {
            sender.send(message);
            log.info("Sent the {} link for '{}' by e-mail", kind, Logs.safe(account.username()));
            return true;
        } catch (MailException refused) {
            log.warn(
                    "Could not e-mail the {} link for '{}': {}",
                    kind,
                    Logs.safe(account.username()),
                    refused.getMessage());
            return false;
        }
    }
}
