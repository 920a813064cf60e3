package com.claimboard.source;

import com.claimboard.shared.search.Period;
import java.util.List;
import java.util.Map;

/** What the workspace search found among the sources: the first hits, how many match in all, and per period. */
public record SourceSearch(List<SourceHit> hits, long total, Map<Period, Long> byPeriod) {

    public SourceSearch {
        hits = List.copyOf(hits);
        byPeriod = Map.copyOf(byPeriod);
    }
}
