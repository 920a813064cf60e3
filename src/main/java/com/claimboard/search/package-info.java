/**
 * The workspace's search: one box in the top bar, and a page of the claim cards and sources (by their stored text)
 * whose words match, in French and English, with the words marked. On Hibernate Search's index
 * ({@code shared.search}); each module answers for its own entities ({@code ClaimService.search},
 * {@code SourceService.search}).
 */
package com.claimboard.search;
