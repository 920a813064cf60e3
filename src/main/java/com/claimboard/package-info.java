/** Claimboard: a newsroom's fact-checking desk, from article to published ClaimReview. */
package com.claimboard;
