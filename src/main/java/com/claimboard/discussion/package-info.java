/** The discussion of each claim: comments, their mentions, and every earlier wording of them. */
package com.claimboard.discussion;
