package com.claimboard.article;

import java.util.List;
import java.util.Map;

/** What the workspace search found among the articles, with the matching articles per language (the facet). */
public record ArticleSearch(List<ArticleHit> hits, long total, Map<String, Long> byLang) {

    public ArticleSearch {
        hits = List.copyOf(hits);
        byLang = Map.copyOf(byLang);
    }
}
