package com.claimboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.ImportsThenWaits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confirmed save is on disk: the application, on its embedded default database, is killed (SIGKILL, no shutdown)
 * the moment an import returns, and the database opened again afterwards holds every article it confirmed.
 */
class DurabilityTest {

    @TempDir
    Path workingDirectory;

    @Test
    @Timeout(180)
    void an_import_confirmed_just_before_the_process_is_killed_is_found_after_a_restart() throws Exception {
        int imports = 3;
        String url = defaultDatabaseUrl().replace("./data/", workingDirectory.resolve("data") + "/");
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportsThenWaits.class.getName(),
                        String.valueOf(imports),
                        url)
                .redirectErrorStream(true)
                .start();
        List<Long> confirmed = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; confirmed.size() < imports && (line = lines.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith("IMPORTED ")) {
                    confirmed.add(
                            Long.parseLong(line.substring("IMPORTED ".length()).strip()));
                }
            }
            child.destroyForcibly(); // SIGKILL, at once after the last confirmation
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed)
                .as(String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())))
                .hasSize(imports);

        try (Connection database = DriverManager.getConnection(url, "sa", "");
                PreparedStatement query = database.prepareStatement("select title from articles where id = ?")) {
            for (long id : confirmed) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next())
                            .as("article %d, confirmed before the kill", id)
                            .isTrue();
                }
            }
        }
    }

    /** The embedded default, exactly as the application is configured with it. */
    private static String defaultDatabaseUrl() throws IOException, SQLException {
        Properties application = new Properties();
        try (InputStream in = DurabilityTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            application.load(in);
        }
        String url = application.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return url;
    }
}
