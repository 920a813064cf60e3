package com.claimboard.account;

import com.claimboard.account.ui.LoginView;
import com.claimboard.shared.WorkspaceRequests;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains. Every address outside the workspace is the public site: stateless and anonymous (no session,
 * no cookie, cacheable), with a strict Content Security Policy. The workspace (the Vaadin UI under /app, sign-in
 * and Vaadin's own traffic) is behind form login, with a CSRF token on the sign-in form too, sign-in attempts
 * throttled, and as strict a policy as Vaadin allows; views and services check roles. Neither may be framed.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher(request -> !WorkspaceRequests.isWorkspace(request))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Read-only GET pages: no session to protect, and no token may create one.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        // The controllers say how long a page may be cached.
                        .cacheControl(cache -> cache.disable())
                        // No public page may be framed but the card made for it (/embed/...).
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter((request, response) -> {
                            boolean embed = isEmbed(request);
                            if (!embed) {
                                response.setHeader("X-Frame-Options", "DENY");
                            }
                            response.setHeader(
                                    "Content-Security-Policy",
                                    embed ? SecurityPolicies.EMBED : SecurityPolicies.PUBLIC_SITE);
                        })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain workspace(
            HttpSecurity http, RequestUtil vaadinRequests, SignInEvents signIns, SessionRegistry sessions)
            throws Exception {
        var afterLogin = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/app/home");
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, afterLogin);
        http.authorizeHttpRequests(requests -> requests
                // The workspace's own stylesheet is loaded by the login page too.
                .requestMatchers("/styles/**")
                .permitAll()
                // Any workspace address reaches Vaadin once signed in, so one that leads nowhere, or to a view the
                // person's roles do not open, is answered in the workspace's own words; views check their roles.
                .requestMatchers("/app", "/app/**")
                .authenticated());
        // Every session is known, so that deactivating a person or changing their roles ends theirs (OpenSessions).
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/")
                        // Vaadin would exempt the sign-in form from CSRF; here only its own requests are (they carry a
                        // token of their own), and the sign-in form sends Spring Security's token (see AppShell).
                        .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(signIns.lockOutFilter(), UsernamePasswordAuthenticationFilter.class);
        // No workspace answer may be framed, except the preview of a public page, framed by the workspace itself.
        http.headers(headers -> headers.frameOptions(frame -> frame.disable())
                .addHeaderWriter((request, response) -> {
                    boolean preview = WorkspaceRequests.isPreview(request);
                    response.setHeader("X-Frame-Options", preview ? "SAMEORIGIN" : "DENY");
                    response.setHeader(
                            "Content-Security-Policy", preview ? SecurityPolicies.PREVIEW : SecurityPolicies.WORKSPACE);
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The card another site may frame: {@code /embed/checks/{slug}}. */
    static boolean isEmbed(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep them all. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_EDITOR > ROLE_REVIEWER");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
