/** Published fact-checks and the public site: plain server-rendered HTML with ClaimReview JSON-LD. */
package com.claimboard.publishing;
