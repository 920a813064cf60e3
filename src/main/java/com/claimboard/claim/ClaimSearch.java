package com.claimboard.claim;

import com.claimboard.shared.search.Period;
import java.util.List;
import java.util.Map;

/**
 * What the workspace search found among the claim cards: the first hits, how many match in all, and for the
 * facets the matching cards per state and per assignee (counted over every card the words match, whatever
 * state or assignee was chosen), and per period (whatever period was chosen).
 */
public record ClaimSearch(
        List<ClaimHit> hits,
        long total,
        Map<ClaimState, Long> byState,
        Map<String, Long> byAssignee,
        Map<Period, Long> byPeriod) {

    public ClaimSearch {
        hits = List.copyOf(hits);
        byState = Map.copyOf(byState);
        byAssignee = Map.copyOf(byAssignee);
        byPeriod = Map.copyOf(byPeriod);
    }
}
