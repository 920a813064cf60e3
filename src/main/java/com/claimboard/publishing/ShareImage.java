package com.claimboard.publishing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The picture a social network shows with a shared fact-check (1200 × 630, the size Open Graph and Twitter's
 * large card expect): the organisation, the claim, and the rating in its colour. Drawn with DejaVu Sans from the
 * class path, so it reads the same on any host. The claim is cut at a word with "…" when it does not fit the
 * picture; the page it links to has it whole.
 */
final class ShareImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 64;
    private static final int CLAIM_LINES = 5;

    private static final Font REGULAR = font("DejaVuSans.ttf");
    private static final Font BOLD = font("DejaVuSans-Bold.ttf");

    private ShareImage() {}

    static byte[] png(String organisation, String claim, String ratingName, Color ratingColour, String siteHost) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ratingColour);
            g.fillRect(0, 0, WIDTH, 18);

            g.setColor(new Color(0x1d1d1f));
            g.setFont(BOLD.deriveFont(34f));
            g.drawString(fit(g, organisation, WIDTH - 2 * MARGIN), MARGIN, 96);

            g.setFont(REGULAR.deriveFont(46f));
            FontMetrics claimMetrics = g.getFontMetrics();
            int y = 180;
            for (String line : lines(g, "\u201c" + claim.strip() + "\u201d", WIDTH - 2 * MARGIN, CLAIM_LINES)) {
                g.drawString(line, MARGIN, y);
                y += claimMetrics.getHeight();
            }

            g.setFont(BOLD.deriveFont(40f));
            FontMetrics ratingMetrics = g.getFontMetrics();
            String rating = fit(g, ratingName, WIDTH - 2 * MARGIN - 48);
            int pillWidth = ratingMetrics.stringWidth(rating) + 48;
            int pillTop = HEIGHT - MARGIN - 72;
            g.setColor(ratingColour);
            g.fillRoundRect(MARGIN, pillTop, pillWidth, 72, 16, 16);
            g.setColor(Color.WHITE);
            g.drawString(rating, MARGIN + 24, pillTop + 36 + ratingMetrics.getAscent() / 2 - 4);

            g.setColor(new Color(0x555555));
            g.setFont(REGULAR.deriveFont(28f));
            String host = fit(g, siteHost, WIDTH - 2 * MARGIN - pillWidth - 32);
            g.drawString(host, WIDTH - MARGIN - g.getFontMetrics().stringWidth(host), pillTop + 48);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The text in at most {@code max} lines of {@code width}, broken between words; the last cut with "…". */
    static List<String> lines(Graphics2D g, String text, int width, int max) {
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String tried = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(fit(g, word, width));
            if (lines.size() == max) {
                break;
            }
        }
        if (lines.size() < max && !line.isEmpty()) {
            lines.add(line.toString());
        }
        boolean cut =
                String.join(" ", lines).length() < text.replaceAll("\\s+", " ").length();
        if (cut && !lines.isEmpty()) {
            String last = lines.removeLast();
            lines.add(withEllipsis(g, last, width));
        }
        return lines;
    }

    private static String withEllipsis(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        String words = text;
        while (!words.isEmpty() && metrics.stringWidth(words + " \u2026") > width) {
            int space = words.lastIndexOf(' ');
            words = space < 0 ? "" : words.substring(0, space);
        }
        return words.isEmpty() ? "\u2026" : words + " \u2026";
    }

    /** One line of {@code width} at most: the text, or as much of it as fits, with "…". */
    static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + "\u2026") > width) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    private static Font font(String file) {
        try (InputStream in = ShareImage.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the font " + file, e);
        }
    }
}
