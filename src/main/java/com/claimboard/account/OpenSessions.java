package com.claimboard.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The workspace sessions open right now, per person, so that deactivating an account or changing its roles ends
 * them: the next request of such a session signs the person out (Spring Security's concurrent-session filter).
 * Per node, like the sessions themselves.
 */
@Component
class OpenSessions {

    private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);

    private final SessionRegistry registry;

    OpenSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every open session of that person; returns how many there were. */
    int end(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (name.equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} open session(s) of '{}'", ended, Logs.safe(username));
        }
        return ended;
    }
}
