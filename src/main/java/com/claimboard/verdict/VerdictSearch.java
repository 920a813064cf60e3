package com.claimboard.verdict;

import java.util.List;
import java.util.Map;

/** What the workspace search found among the verdicts, with the matching verdicts per rating code (the facet). */
public record VerdictSearch(List<VerdictHit> hits, long total, Map<String, Long> byRating) {

    public VerdictSearch {
        hits = List.copyOf(hits);
        byRating = Map.copyOf(byRating);
    }
}
