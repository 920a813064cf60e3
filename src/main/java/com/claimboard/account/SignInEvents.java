package com.claimboard.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every sign-in, failed sign-in and refused attempt goes to the log with the username typed and the client's
 * address; failures count towards the {@link LoginThrottle}, which refuses the sign-in form's posts while locked.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final LoginThrottle throttle;
    private final AccountService accounts;

    SignInEvents(LoginThrottle throttle, @org.springframework.context.annotation.Lazy AccountService accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        Authentication who = success.getAuthentication();
        log.info("Signed in: '{}' from {}", Logs.safe(who.getName()), address(who));
        throttle.succeeded(who.getName());
        accounts.signedIn(who.getName(), java.time.Instant.now());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        Authentication who = failure.getAuthentication();
        String address = address(who);
        log.warn(
                "Sign-in failed: '{}' from {} ({})",
                Logs.safe(who.getName()),
                address,
                failure.getException().getClass().getSimpleName());
        throttle.failed(who.getName(), address);
    }

    private static String address(Authentication who) {
        return who.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** Refuses a post of the sign-in form while its username or its client address is locked out. */
    OncePerRequestFilter lockOutFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod())
                        || !request.getRequestURI().equals(request.getContextPath() + "/login");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String username = request.getParameter("username");
                if (throttle.isLocked(username, request.getRemoteAddr())) {
                    log.warn(
                            "Sign-in refused while locked: '{}' from {}", Logs.safe(username), request.getRemoteAddr());
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
