package com.claimboard.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page that fails with a fault of ours, for tests of what the person sees then. */
@TestConfiguration(proxyBeanMethods = false)
@RestController
public class FailingPage {

    public static final String PATH = "/test-failure";
    public static final String FAULT = "the test page broke on purpose";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(FAULT);
    }
}
