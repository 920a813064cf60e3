/** The board: every claim card, filtered by article, state and assignee. */
package com.claimboard.claim.ui;
