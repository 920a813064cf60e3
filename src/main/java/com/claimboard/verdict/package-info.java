/** Verdicts: drafting, proposing, and the editors' review decisions. */
package com.claimboard.verdict;
