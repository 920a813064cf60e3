package com.claimboard.source;

import com.claimboard.article.extraction.ArticleExtractor;
import com.claimboard.article.extraction.ExtractedArticle;
import com.claimboard.article.extraction.ExtractionException;
import com.claimboard.shared.fetching.FetchFailure;
import com.claimboard.shared.fetching.FetchedPage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a fetched page gives to keep: its article's title and text, or why it gives nothing. Worked out before
 * any transaction opens, so extracting a large page never holds a database connection.
 */
record Snapshot(String title, String text, FetchFailure.Reason failure, String detail) {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    static Snapshot of(FetchedPage page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        String title;
        String text;
        if (type.startsWith("application/pdf") || PdfText.looksLikePdf(page.body())) {
            Snapshot pdf = PdfText.extract(page.body());
            if (pdf.failure() == null && pdf.text().length() > Source.MAX_SNAPSHOT_LENGTH) {
                return failed(FetchFailure.Reason.TOO_LARGE, "text longer than " + Source.MAX_SNAPSHOT_LENGTH);
            }
            return pdf;
        }
        if (type.startsWith("text/plain")) {
            title = null;
            text = new String(page.body(), charsetOr(page.charset()));
        } else if (type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            try {
                ExtractedArticle article = EXTRACTOR.extract(page.body(), page.charset(), page.finalUrl());
                title = article.title();
                text = article.text();
            } catch (ExtractionException notAPage) {
                return failed(FetchFailure.Reason.NOT_A_WEB_PAGE, notAPage.getMessage());
            }
        } else {
            return failed(FetchFailure.Reason.NOT_A_WEB_PAGE, "content type " + page.contentType());
        }
        if (text.length() > Source.MAX_SNAPSHOT_LENGTH) {
            return failed(FetchFailure.Reason.TOO_LARGE, "text longer than " + Source.MAX_SNAPSHOT_LENGTH);
        }
        return new Snapshot(title, text, null, null);
    }

    static Snapshot failed(FetchFailure.Reason reason, String detail) {
        return new Snapshot(null, null, reason, detail);
    }

    private static Charset charsetOr(String name) {
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException illegalName) {
            return StandardCharsets.UTF_8;
        }
    }
}
