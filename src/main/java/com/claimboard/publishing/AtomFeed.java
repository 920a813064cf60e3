package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The latest standing fact-checks as an Atom 1.0 feed (RFC 4287), all of them or of one rating or claim
 * language ({@code /feed.atom?rating=FALSE}, {@code ?language=fr}). A correction updates its entry ({@code
 * updated} moves, {@code published} stays), so readers see it again.
 */
@RestController
class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 50;

    private final PublishingService publishing;
    private final OrganisationService organisation;
    private final PublicBaseUrl baseUrl;
    private final MessageSource messages;

    AtomFeed(
            PublishingService publishing,
            OrganisationService organisation,
            PublicBaseUrl baseUrl,
            MessageSource messages) {
        this.publishing = publishing;
        this.organisation = organisation;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    // Whatever the client accepts: a browser following the link asks for HTML and is given the feed.
    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> feed(
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String language,
            HttpServletRequest request)
            throws XMLStreamException {
        Locale locale = RequestContextUtils.getLocale(request);
        String wantedRating = rating == null || rating.isBlank() ? null : rating.strip();
        String wantedLanguage = language == null || language.isBlank() ? null : language.strip();
        List<PublishedCheck> checks =
                publishing.standing(wantedRating, wantedLanguage, 1, ENTRIES).checks();
        String self = UriComponentsBuilder.fromUriString(baseUrl.of("/feed.atom"))
                .queryParamIfPresent("rating", java.util.Optional.ofNullable(wantedRating))
                .queryParamIfPresent("language", java.util.Optional.ofNullable(wantedLanguage))
                .encode()
                .build()
                .toUriString();
        String name = organisation.profile().name();
        Instant updated = checks.stream()
                .map(PublishedCheck::lastChanged)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", self);
        element(xml, "title", messages.getMessage("site.feed.title", new Object[] {name}, locale));
        element(xml, "updated", updated.toString());
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", baseUrl.of("/"), "text/html");
        xml.writeStartElement("author");
        element(xml, "name", name);
        element(xml, "uri", baseUrl.of("/"));
        xml.writeEndElement();
        element(xml, "generator", "Claimboard");
        for (PublishedCheck check : checks) {
            String page = baseUrl.of("/checks/" + check.slug());
            xml.writeStartElement("entry");
            if (check.claimLang() != null) {
                xml.writeAttribute("xml:lang", check.claimLang());
            }
            element(xml, "id", page);
            element(xml, "title", check.rating().name(locale) + " — " + check.claimText());
            element(xml, "published", check.firstPublishedAt().toString());
            element(xml, "updated", check.lastChanged().toString());
            link(xml, "alternate", page, "text/html");
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", check.rating().code());
            xml.writeAttribute("label", check.rating().name(locale));
            xml.writeStartElement("author");
            element(xml, "name", check.authorName());
            xml.writeEndElement();
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(xmlSafe(check.summary()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, SiteCaching.PAGE)
                .contentType(new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8))
                .lastModified(updated)
                .body(bytes.toByteArray());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** Without the characters XML 1.0 cannot carry at all (control characters a pasted text may hold). */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
