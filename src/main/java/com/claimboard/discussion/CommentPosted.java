package com.claimboard.discussion;

import java.util.Set;

/**
 * A comment was written or reworded: {@code mentioned} are the people it newly names (on an edit, only those the
 * earlier wording did not), for their notifications.
 */
public record CommentPosted(long claimId, long commentId, String author, Set<String> mentioned) {

    public CommentPosted {
        mentioned = Set.copyOf(mentioned);
    }
}
