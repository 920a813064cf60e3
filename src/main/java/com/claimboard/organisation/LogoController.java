package com.claimboard.organisation;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisation's logo, for the public site and the workspace. Its address carries the logo's version
 * ({@code ?v=}), so it may be cached for a day; an SVG is served as an image under the public site's policy,
 * which lets nothing in it run.
 */
@Controller
class LogoController {

    private final OrganisationService organisation;

    LogoController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/organisation/logo")
    ResponseEntity<byte[]> logo() {
        return organisation
                .logo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.type()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .eTag(logo.version())
                        .body(logo.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
