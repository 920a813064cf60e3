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
        SpringApplication.run(ClaimboardApplication.class, args);
    }
}
