/**
 * Never check the same claim twice: each new or reworded card is matched against the cards the desk has checked
 * or is checking ({@code claim.matching}: BM25 and sentence embeddings). Above the higher threshold, when the
 * earlier card is published, the card is marked <em>already checked</em> with a link to the fact-check; between
 * the two thresholds it shows <em>similar claims</em>. A reviewer confirms or rejects each link; a rejected pair
 * is not suggested again, and a confirmed duplicate can be closed with the existing verdict.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duplicates")
package com.claimboard.duplicates;
