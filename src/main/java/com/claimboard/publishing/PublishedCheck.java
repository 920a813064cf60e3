package com.claimboard.publishing;

import com.claimboard.shared.WebAddresses;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published fact-check as the public pages render it. */
public record PublishedCheck(
        String slug,
        String claimText,
        String speaker,
        String claimantKind,
        LocalDate claimMadeOn,
        String appearanceUrl,
        String claimLang,
        PublishedRating rating,
        String summary,
        String explanation,
        String authorName,
        String editorName,
        String articleTitle,
        String articleUrl,
        String articleOutlet,
        LocalDate articlePublishedOn,
        Instant firstPublishedAt,
        Instant publishedAt,
        List<PublishedSource> sources,
        List<PublishedPassage> passages,
        List<Revision> revisions,
        Withdrawal withdrawal,
        long articleId) {

    /** A withdrawn fact-check's notice, shown at its address instead of the rating. */
    record Withdrawal(Instant at, String notice, String editorName) {}

    /** A passage quoted on the page, with its number there (what its link's anchor names). */
    public record Quoted(int number, PublishedPassage passage) {}

    /** The passages of one source, numbered in the page's order. */
    public List<Quoted> passagesOf(long sourceId) {
        List<Quoted> quoted = new java.util.ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).sourceId() == sourceId) {
                quoted.add(new Quoted(i + 1, passages.get(i)));
            }
        }
        return quoted;
    }

    /** When this page last changed: its withdrawal, or the publication of the verdict it carries. */
    public Instant lastChanged() {
        return withdrawal != null ? withdrawal.at() : publishedAt;
    }

    public boolean corrected() {
        return !revisions.isEmpty();
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    /** Each correction, oldest first: when, the rating before and after, and the editor's note. */
    public List<Correction> corrections() {
        List<Correction> corrections = new java.util.ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            PublishedRating after =
                    i + 1 < revisions.size() ? revisions.get(i + 1).publishedRating() : rating;
            corrections.add(new Correction(
                    revision.replacedAt(), revision.publishedRating(), after, revision.summary(), revision.note()));
        }
        return corrections;
    }

    /** One correction as the page states it. */
    public record Correction(
            Instant at, PublishedRating before, PublishedRating after, String previousSummary, String note) {}

    /** The other appearance's address to link to, when the claim was checked where it appeared outside the article. */
    public String appearanceHref() {
        return WebAddresses.href(appearanceUrl).orElse(null);
    }

    /** The article's address to link to, when it is a web address (see {@link WebAddresses#href}); else null. */
    public String articleHref() {
        return WebAddresses.href(articleUrl).orElse(null);
    }
}
