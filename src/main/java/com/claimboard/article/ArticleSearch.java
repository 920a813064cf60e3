package com.claimboard.article;

import com.claimboard.shared.search.Period;
import java.util.List;
import java.util.Map;

/** What the workspace search found among the articles, with the matching articles per language (the facet) and per period. */
public record ArticleSearch(List<ArticleHit> hits, long total, Map<String, Long> byLang, Map<Period, Long> byPeriod) {

    public ArticleSearch {
        hits = List.copyOf(hits);
        byLang = Map.copyOf(byLang);
        byPeriod = Map.copyOf(byPeriod);
    }
}
