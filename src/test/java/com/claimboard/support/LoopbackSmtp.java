package com.claimboard.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SMTP server (GreenMail) on a free loopback port, the application pointed at it, and what it received. */
public final class LoopbackSmtp {

    private LoopbackSmtp() {}

    public static GreenMail started() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** For a test class's {@code @DynamicPropertySource}: the application sends its mail there. */
    public static void register(DynamicPropertyRegistry registry, GreenMail smtp) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** A message's text as its reader sees it: quoted-printable decoded, lines ending in "\n". */
    public static String text(MimeMessage message) throws IOException, MessagingException {
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
        return new String(
                MimeUtility.decode(
                                new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), "quoted-printable")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
