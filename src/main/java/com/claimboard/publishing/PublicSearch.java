package com.claimboard.publishing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the standing fact-checks (claim, summary, explanation, claimant), read in French and in
 * English at once, ranked by relevance, with the query's words marked in what is shown. A query every word of
 * which must be found somewhere; quotes for a phrase, {@code -word} to leave one out.
 */
@Service
class PublicSearch {

    /** The longest query read, stated on the search form and refused beyond with that number. */
    static final int MAX_QUERY = 200;

    static final String[] FIELDS = {
        "claimEn", "claimFr", "summaryEn", "summaryFr", "explanationEn", "explanationFr", "claimant"
    };

    private static final String WHOLE = "whole";
    private static final Safelist MARKS = Safelist.none().addTags("mark");

    @PersistenceContext
    private EntityManager entityManager;

    /** What a query found: one page of hits, how many in all, and the page's place. */
    record Results(List<Hit> hits, long total, int page, int pages) {}

    /**
     * A fact-check found, with its claim and summary as HTML in which only {@code <mark>} is markup (the rest is
     * escaped), and the sentence of the explanation that matched, if any.
     */
    record Hit(PublishedCheck check, String claimHtml, String summaryHtml, String excerptHtml) {}

    @Transactional(readOnly = true)
    Results search(String query, int page, int size) {
        SearchResult<List<?>> result = Search.session(entityManager)
                .search(FactCheck.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(),
                                f.highlight("claimEn").highlighter(WHOLE),
                                f.highlight("claimFr").highlighter(WHOLE),
                                f.highlight("summaryEn").highlighter(WHOLE),
                                f.highlight("summaryFr").highlighter(WHOLE),
                                f.highlight("explanationEn"),
                                f.highlight("explanationFr"))
                        .asList())
                .where(f -> f.bool()
                        .must(f.simpleQueryString()
                                .field(FIELDS[0])
                                .boost(3)
                                .field(FIELDS[1])
                                .boost(3)
                                .field(FIELDS[2])
                                .boost(2)
                                .field(FIELDS[3])
                                .boost(2)
                                .fields(FIELDS[4], FIELDS[5])
                                .field(FIELDS[6])
                                .boost(2)
                                .matching(query)
                                .defaultOperator(BooleanOperator.AND))
                        .mustNot(f.exists().field("withdrawnAt")))
                .highlighter(h -> com.claimboard.shared.search.Marked.highlighter(h, 200))
                .highlighter(
                        WHOLE,
                        h -> h.plain().fragmentSize(25_000).numberOfFragments(1).noMatchSize(25_000))
                .fetch((page - 1) * size, size);
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            PublishedCheck check = ((FactCheck) row.get(0)).view();
            hits.add(new Hit(
                    check,
                    marked(first(row, 1, 2, "fr".equals(check.claimLang())), check.claimText()),
                    marked(first(row, 3, 4, "fr".equals(check.claimLang())), check.summary()),
                    excerpt(first(row, 5, 6, "fr".equals(check.claimLang())))));
        }
        long total = result.total().hitCount();
        return new Results(hits, total, page, (int) Math.max(1, (total + size - 1) / size));
    }

    /**
     * The highlighted text of the claim's own language when it has a mark, else of the other language; null when
     * neither does.
     */
    @SuppressWarnings("unchecked")
    private static String first(List<?> row, int english, int french, boolean frenchFirst) {
        List<String> own = (List<String>) row.get(frenchFirst ? french : english);
        List<String> other = (List<String>) row.get(frenchFirst ? english : french);
        for (List<String> fragments : List.of(own, other)) {
            if (!fragments.isEmpty() && fragments.getFirst().contains("<mark>")) {
                return fragments.getFirst();
            }
        }
        return null;
    }

    /** The highlighter's HTML, checked again: only {@code <mark>} survives, everything else stays text. */
    private static String marked(String highlighted, String plain) {
        String html = highlighted != null ? highlighted : org.springframework.web.util.HtmlUtils.htmlEscape(plain);
        return Jsoup.clean(html, MARKS);
    }

    private static String excerpt(String highlighted) {
        return highlighted == null ? null : Jsoup.clean(highlighted, MARKS);
    }
}
