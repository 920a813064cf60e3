package com.claimboard.verdict.ui;

import com.claimboard.article.ArticleSummary;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.source.PassageView;
import com.claimboard.source.SourceSummary;
import com.claimboard.verdict.VerdictSummary;
import java.util.List;

/** What the claim page shows, read once per refresh and handed to each of its sections. */
record ClaimPage(
        ClaimSummary claim,
        ArticleSummary article,
        List<SourceSummary> sources,
        List<PassageView> passages,
        VerdictSummary verdict) {}
