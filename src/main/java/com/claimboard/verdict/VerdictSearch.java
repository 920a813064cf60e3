package com.claimboard.verdict;

import com.claimboard.shared.search.Period;
import java.util.List;
import java.util.Map;

/** What the workspace search found among the verdicts, with the matching verdicts per rating code (the facet) and per period. */
public record VerdictSearch(List<VerdictHit> hits, long total, Map<String, Long> byRating, Map<Period, Long> byPeriod) {

    public VerdictSearch {
        hits = List.copyOf(hits);
        byRating = Map.copyOf(byRating);
        byPeriod = Map.copyOf(byPeriod);
    }
}
