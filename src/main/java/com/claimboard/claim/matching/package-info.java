/**
 * The claim matcher: given the claims the desk has checked, the ones most like a new claim, to say "this was
 * already checked" before anyone starts over. Plain Java over Lucene (no Spring, no index on disk), so it can be
 * measured from the command line ({@code java -jar claimboard.jar match}). Today lexical: BM25 over the claim
 * and its fact-check's title, read in English and in French; sentence embeddings are to be combined with it.
 */
@org.springframework.modulith.NamedInterface("matching")
package com.claimboard.claim.matching;
