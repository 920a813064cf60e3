package com.claimboard.article.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text the way browsers do: a byte-order mark wins, then the charset the server
 * declared, then a {@code <meta>} charset near the top of the page, then a sound fallback (UTF-8 when the bytes
 * are valid UTF-8, else windows-1252, which is what "ISO-8859-1" pages really are). Binary data is refused.
 */
final class PageDecoder {

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

    private PageDecoder() {}

    static String decode(byte[] page, String declaredCharset) {
        if (looksBinary(page)) {
            throw new ExtractionException("This is not an HTML page: it holds binary data.");
        }
        if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
            return new String(page, 3, page.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(page, 0xFE, 0xFF)) {
            return new String(page, 2, page.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(page, 0xFF, 0xFE)) {
            return new String(page, 2, page.length - 2, StandardCharsets.UTF_16LE);
        }
        // Valid UTF-8 with non-ASCII characters is UTF-8, whatever the page says: other encodings almost never
        // form valid multi-byte sequences, while pages re-saved as UTF-8 keep their old declarations.
        String utf8 = strictUtf8(page);
        if (utf8 != null && utf8.length() != page.length) { // fewer characters than bytes: multi-byte text
            return utf8;
        }
        Charset charset = charset(declaredCharset);
        if (charset == null) {
            String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher meta = META_CHARSET.matcher(head);
            if (meta.find()) {
                charset = charset(meta.group(1));
            }
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            // Not valid UTF-8 (checked above), so a page claiming it is really in the web's default encoding.
            return utf8 != null ? utf8 : new String(page, Charset.forName("windows-1252"));
        }
        return new String(page, charset);
    }

    /** The charset for a label, with the web's aliases: Latin-1 and ASCII labels mean windows-1252. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT).replace("\"", "");
        if (name.equals("iso-8859-1")
                || name.equals("latin1")
                || name.equals("iso8859-1")
                || name.equals("l1")
                || name.equals("us-ascii")
                || name.equals("ascii")
                || name.equals("iso_8859-1")) {
            name = "windows-1252";
        }
        if (name.equals("utf8")) {
            name = "utf-8";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException illegal) {
            return null;
        }
    }

    /** The text when the bytes are well-formed UTF-8, else null. */
    private static String strictUtf8(byte[] page) {
        String text = new String(page, StandardCharsets.UTF_8); // the JDK's fast path
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try { // a replacement character: malformed bytes, or (rarely) a real U+FFFD in the page
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(page))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** NUL bytes or many control characters near the start: an image, a PDF or an archive, not a page. */
    private static boolean looksBinary(byte[] page) {
        if (startsWith(page, 0xFE, 0xFF) || startsWith(page, 0xFF, 0xFE)) {
            return false; // UTF-16 text has NUL bytes by nature
        }
        int sample = Math.min(page.length, 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = page[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return sample > 0 && control * 10 > sample;
    }

    private static boolean startsWith(byte[] page, int... prefix) {
        if (page.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((page[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
