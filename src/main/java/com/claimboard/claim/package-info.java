/** Claim cards: their workflow, the splitter that makes them, and the board where reviewers work them. */
package com.claimboard.claim;
