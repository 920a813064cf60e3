/** The claim page, where research and verdicts happen, and the editors' review queue. */
package com.claimboard.verdict.ui;
