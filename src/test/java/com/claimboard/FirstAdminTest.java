package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the demo, an empty database gets its first admin from the environment, or the app will not start. */
class FirstAdminTest {

    @Test
    void the_application_refuses_to_start_without_an_admin() {
        assertThatThrownBy(() -> start("", "").close()).hasStackTraceContaining("CLAIMBOARD_ADMIN_USERNAME");
    }

    @Test
    void the_first_admin_comes_from_the_environment_with_a_hashed_password() {
        try (ConfigurableApplicationContext context = start("chief", "chief-password-1")) {
            var accounts = context.getBean(com.claimboard.account.AccountService.class);
            var admin = accounts.loadUserByUsername("chief");
            assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain("chief-password-1");
        }
    }

    private static ConfigurableApplicationContext start(String username, String password) {
        return new SpringApplicationBuilder(ClaimboardApplication.class)
                .profiles("test")
                .run(
                        "--claimboard.admin.username=" + username,
                        "--claimboard.admin.password=" + password,
                        "--server.port=0");
    }
}
