package com.claimboard.shared.live;

import java.util.Objects;

/**
 * That something changed, never what: a topic and an id. Whoever receives it reads again what its own user may
 * see, so a change carries no data that could reach someone not allowed to read it, and fits a PostgreSQL
 * NOTIFY payload as {@link #wire()} text.
 */
public record Change(Topic topic, long id) {

    public enum Topic {
        /** A claim card, its sources, verdict or discussion: the id is the claim's. */
        CLAIM,
        /** Cards were added to an article (an import): the id is the article's. */
        ARTICLE,
        /** Someone opened or left a claim page: the id is the claim's. */
        PRESENCE,
        /** A person's notifications: the id is the account's. */
        INBOX,
        /**
         * What the public site shows changed (a publication, correction or withdrawal, the organisation, the
         * rating scale): pages kept for readers are stale. The id is 0.
         */
        SITE
    }

    public Change {
        Objects.requireNonNull(topic, "topic");
    }

    public static Change claim(long claimId) {
        return new Change(Topic.CLAIM, claimId);
    }

    public static Change article(long articleId) {
        return new Change(Topic.ARTICLE, articleId);
    }

    public static Change presence(long claimId) {
        return new Change(Topic.PRESENCE, claimId);
    }

    public static Change site() {
        return new Change(Topic.SITE, 0);
    }

    public static Change inbox(long accountId) {
        return new Change(Topic.INBOX, accountId);
    }

    public boolean is(Topic topic, long id) {
        return this.topic == topic && this.id == id;
    }

    /** "CLAIM:42", the form a message between nodes carries. */
    public String wire() {
        return topic.name() + ":" + id;
    }

    public static Change ofWire(String wire) {
        int colon = wire.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a change: " + wire);
        }
        return new Change(Topic.valueOf(wire.substring(0, colon)), Long.parseLong(wire.substring(colon + 1)));
    }
}
