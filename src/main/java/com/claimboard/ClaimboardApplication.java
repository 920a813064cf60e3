package com.claimboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, with {@code extract} or {@code split} as first argument, runs that engine
 * from the command line without starting Spring.
 */
@SpringBootApplication
public class ClaimboardApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.COMMANDS.contains(args[0])) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(ClaimboardApplication.class, args);
    }
}
