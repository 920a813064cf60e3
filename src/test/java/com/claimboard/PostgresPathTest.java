package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.account.AccountService;
import com.claimboard.publishing.PublishingService;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production path on a real PostgreSQL: the same Flyway migrations, Hibernate's schema validation, and a
 * claim carried to publication. `.ci/run` starts the server; elsewhere the test runs when
 * CLAIMBOARD_TEST_POSTGRES_URL points at one (a fresh database is created for each run).
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import({TestSourceSite.class, WorkflowDriver.class})
class PostgresPathTest {

    private static final String SERVER = System.getenv("CLAIMBOARD_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("CLAIMBOARD_TEST_POSTGRES_USER", "postgres");

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    PublishingService publishing;

    @BeforeAll
    static void requireServer() {
        if (SERVER == null && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must provide CLAIMBOARD_TEST_POSTGRES_URL; .ci/run starts PostgreSQL");
        }
        Assumptions.assumeTrue(SERVER != null, "no PostgreSQL server given in CLAIMBOARD_TEST_POSTGRES_URL");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        String name = "claimboard_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
            connection.createStatement().execute("create database " + name);
        }
        registry.add("spring.datasource.url", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    void the_migrations_hold_on_postgresql_and_a_claim_is_published() {
        TestAccounts.ensure(accounts);

        long claimId = workflow.published(
                "Le chômage a baissé de 3 % en un an, a déclaré la ministre.",
                Rating.FALSE, "Il a baissé de 0,3 point.");

        SignIn.out();
        assertThat(publishing.publicPath(claimId))
                .hasValueSatisfying(path -> assertThat(path).startsWith("/checks/le-chomage"));
    }
}
