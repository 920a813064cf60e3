package com.claimboard;

import com.claimboard.cli.ClaimboardCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, with {@code extract}, {@code split}, {@code match} or {@code bench} as first
 * argument, runs that engine
 * from the command line without starting Spring.
 */
@SpringBootApplication
public class ClaimboardApplication {

    public static void main(String[] args) {
        if (ClaimboardCommand.handles(args)) {
            // Before any logger exists: warnings to standard error, the result alone on standard output.
            if (System.getProperty("logback.configurationFile") == null) {
                System.setProperty("logback.configurationFile", "cli-logback.xml");
            }
            System.exit(ClaimboardCommand.run(args, System.out, System.err));
        }
        Web.start(args);
    }

    /**
     * The web application's start, in a class of its own: a command's run never loads (nor verifies against)
     * Spring's classes, so the jar's launcher never opens the hundred jars before theirs.
     */
    private static final class Web {

        static void start(String[] args) {
            if (args.length > 0 && args[0].equals("reindex")) {
                // The application starts on a free loopback port (Vaadin's security needs its web context),
                // rebuilds the index from the database, and stops.
                String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                SpringApplication application = new SpringApplication(ClaimboardApplication.class);
                application.setDefaultProperties(java.util.Map.of(
                        com.claimboard.shared.search.IndexAtStart.REINDEX,
                        "true",
                        "server.port",
                        "0",
                        "server.address",
                        "127.0.0.1"));
                System.exit(SpringApplication.exit(application.run(rest)));
            }
            SpringApplication.run(ClaimboardApplication.class, args);
        }
    }
}
