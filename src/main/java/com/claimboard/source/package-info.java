/** Sources attached to claims: fetched in the background by the safe fetcher and kept as snapshots. */
package com.claimboard.source;
