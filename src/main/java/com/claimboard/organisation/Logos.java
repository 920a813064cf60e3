package com.claimboard.organisation;

import com.claimboard.shared.DomainRuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What an uploaded logo is, told by its bytes and never by its name: a PNG, a JPEG, or an SVG. An SVG is
 * rewritten without anything that could run or reach out: scripts, foreign content, event handlers, styles and
 * links to anything but its own fragments.
 */
final class Logos {

    record Image(byte[] bytes, String type) {}

    private static final Set<String> REMOVED_ELEMENTS = Set.of(
            "script",
            "foreignobject",
            "iframe",
            "embed",
            "object",
            "style",
            "a",
            "animate",
            "set",
            "animatemotion",
            "animatetransform",
            "image",
            "use",
            "feimage",
            "handler",
            "listener");

    private Logos() {}

    static Image check(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName;
        if (bytes == null || bytes.length == 0) {
            throw new DomainRuleViolation("organisation.error.logo-empty", "empty", name);
        }
        if (bytes.length > OrganisationLimits.LOGO_MAX_BYTES) {
            throw new DomainRuleViolation(
                    "organisation.error.logo-too-large", "too large", name, OrganisationLimits.LOGO_MAX_BYTES / 1024);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Image(bytes, "image/png");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return new Image(bytes, "image/jpeg");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.toLowerCase(Locale.ROOT).contains("<svg")) {
            return new Image(cleanSvg(text).getBytes(StandardCharsets.UTF_8), "image/svg+xml");
        }
        throw new DomainRuleViolation("organisation.error.logo-not-image", "not an image", name);
    }

    static String cleanSvg(String svg) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = document.selectFirst("svg");
        if (root == null) {
            throw new DomainRuleViolation("organisation.error.logo-not-image", "no svg element", "");
        }
        for (Element element : root.getAllElements()) {
            if (REMOVED_ELEMENTS.contains(element.normalName().toLowerCase(Locale.ROOT))) {
                element.remove();
            }
        }
        for (Element element : root.getAllElements()) {
            for (Attribute attribute : element.attributes().asList()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                boolean handler = key.startsWith("on");
                boolean link = (key.equals("href") || key.endsWith(":href")) && !value.startsWith("#");
                boolean styled = key.equals("style") || value.contains("url(") && !value.startsWith("url(#");
                if (handler || link || styled) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        return root.outerHtml();
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
