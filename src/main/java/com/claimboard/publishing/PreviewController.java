package com.claimboard.publishing;

import com.claimboard.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public page of a proposed verdict as approval would publish it, for the editor to read before confirming.
 * It is a workspace address (signed in, editors only, never cached) rendered by the public site's own template,
 * and the one workspace answer that the workspace itself may frame (its headers: SecurityConfiguration).
 */
@Controller
class PreviewController {

    private final PublishingService publishing;
    private final CheckPage checkPage;

    PreviewController(PublishingService publishing, CheckPage checkPage) {
        this.publishing = publishing;
        this.checkPage = checkPage;
    }

    @GetMapping("/app/preview/claims/{claimId}")
    String preview(@PathVariable long claimId, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublishedCheck check;
        try {
            check = publishing.preview(claimId);
        } catch (NotFound nothingProposed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("preview", true);
        return checkPage.render(model, check, RequestContextUtils.getLocale(request));
    }
}
