package com.claimboard.discussion;

import java.time.Instant;
import java.util.Set;

/**
 * A comment as the thread shows it to one person. A deleted comment has no body; {@code earlierWordings} says how
 * many times it was edited. {@code mine} says whether this person may edit or delete it.
 */
public record CommentView(
        long id,
        long version,
        long claimId,
        String author,
        String body,
        Instant createdAt,
        Instant editedAt,
        Instant deletedAt,
        int earlierWordings,
        Set<String> mentions,
        boolean mine) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
