package com.claimboard.account;

import com.claimboard.account.ui.LoginView;
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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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
        "/", "/checks/**", "/articles/**", "/search", "/feed.atom", "/api/**", "/embed/**", "/methodology",
        "/corrections", "/public/**", "/favicon.ico", "/error"
    };

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_SITE)
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

    @Bean
    @Order(2)
    SecurityFilterChain workspace(HttpSecurity http) throws Exception {
        var afterLogin = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/app");
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, afterLogin);
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
