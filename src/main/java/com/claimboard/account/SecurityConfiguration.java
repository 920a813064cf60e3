package com.claimboard.account;

import com.claimboard.account.ui.LoginView;
import com.claimboard.shared.VaadinRequests;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the public site is stateless and anonymous (no session, no cookie, cacheable), and
 * everything else is the Vaadin workspace behind form login, where views and services check roles.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** Paths of the public, read-only site; see the publishing module. */
    static final String[] PUBLIC_SITE = {
        "/",
        "/checks/**",
        "/articles/**",
        "/search",
        "/feed.atom",
        "/api/**",
        "/embed/**",
        "/methodology",
        "/corrections",
        "/public/**",
        "/favicon.ico",
        "/error"
    };

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher(publicSiteRequests())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Read-only GET pages: no session to protect, and no token may create one.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                // The controllers say how long a page may be cached.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * The public site's paths, except Vaadin's own requests: Vaadin sends its UI traffic to the servlet root
     * ({@code /?v-r=uidl}, {@code /?v-r=init}), which must stay in the workspace chain with its session.
     */
    static RequestMatcher publicSiteRequests() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher sitePaths = new OrRequestMatcher(Arrays.stream(PUBLIC_SITE)
                .map(paths::matcher)
                .map(RequestMatcher.class::cast)
                .toList());
        RequestMatcher vaadinRequest = VaadinRequests::isVaadinRequest;
        return new AndRequestMatcher(sitePaths, new NegatedRequestMatcher(vaadinRequest));
    }

    @Bean
    @Order(2)
    SecurityFilterChain workspace(HttpSecurity http) throws Exception {
        var afterLogin = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/app");
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, afterLogin);
        // The workspace's own stylesheet is loaded by the login page too.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
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
