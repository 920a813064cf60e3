package com.claimboard;

import com.claimboard.cli.ClaimboardCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, with {@code extract}, {@code split} or {@code bench} as first argument, runs that engine
 * from the command line without starting Spring.
 */
@SpringBootApplication
public class ClaimboardApplication {

    public static void main(String[] args) {
        if (ClaimboardCommand.handles(args)) {
            System.exit(ClaimboardCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(ClaimboardApplication.class, args);
    }
}
