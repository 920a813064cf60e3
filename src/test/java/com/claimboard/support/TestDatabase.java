package com.claimboard.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where a test's Spring context keeps its data: a fresh in-memory H2 by default, or, when the build runs the
 * database-touching tests a second time with {@code -Dclaimboard.test.database=postgres}, a fresh database on
 * the PostgreSQL server named by {@code CLAIMBOARD_TEST_POSTGRES_URL} ({@code .ci/run} starts one). So a query
 * that only H2 accepts fails the build.
 */
public final class TestDatabase {

    /** JUnit tag of the test classes that run on both databases. */
    public static final String TAG = "database";

    private static final String SERVER = System.getenv("CLAIMBOARD_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("CLAIMBOARD_TEST_POSTGRES_USER", "postgres");

    private TestDatabase() {}

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("claimboard.test.database"));
    }

    /** For a test class's {@code @DynamicPropertySource}: one new database per Spring context. */
    public static void register(DynamicPropertyRegistry registry) {
        if (!onPostgres()) {
            return;
        }
        if (SERVER == null) {
            throw new IllegalStateException(
                    "claimboard.test.database=postgres needs CLAIMBOARD_TEST_POSTGRES_URL; .ci/run starts PostgreSQL");
        }
        String url = createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        // Spring keeps every test context (and its pool) open for reuse: small pools, so that the contexts of a
        // whole run stay well under the server's connection limit.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "3");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
    }

    /** A new, empty database on the server; its URL. */
    public static String createDatabase() {
        String name = "claimboard_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "")) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + SERVER, e);
        }
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
    }

    public static String server() {
        return SERVER;
    }

    public static String user() {
        return USER;
    }
}
