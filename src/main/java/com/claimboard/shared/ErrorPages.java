package com.claimboard.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error answer outside Vaadin: a page in the site's look for a browser (and for a client that takes
 * anything), RFC 9457 problem details for one that asks for JSON, and for the API unless it asks for HTML. Same
 * status either way, in the request's language, never the exception or a trace (see
 * {@link ReferencedErrorAttributes}).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages extends AbstractErrorController {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ErrorPages(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, MessageSource messages) {
        super(attributes, resolvers);
        this.messages = messages;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = getStatus(request);
        Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        // Added to what is there (the page's language may vary with Accept-Language too).
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            // A missing page may be published a minute later; a failure must not be kept at all.
            response.setHeader(
                    HttpHeaders.CACHE_CONTROL, status.is5xxServerError() ? "no-store" : "public, max-age=60");
        }
        if (wantsJson(request)) {
            writeProblem(request, response, status, model);
            return null;
        }
        ModelAndView page = resolveErrorView(request, response, status, model);
        return page != null ? page : new ModelAndView("error", model, status);
    }

    private void writeProblem(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, Map<String, Object> model)
            throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(key(status) + ".title", null, status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key(status) + ".detail", null, status.getReasonPhrase(), locale));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path.toString());
        }
        if (model.get("reference") != null) {
            problem.put("reference", model.get("reference"));
        }
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    private static String key(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "problem.not-found";
            case GONE -> "problem.gone";
            case TOO_MANY_REQUESTS -> "problem.too-many-requests";
            case METHOD_NOT_ALLOWED, BAD_REQUEST, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "problem.bad-request";
            default -> status.is5xxServerError() ? "problem.server-error" : "problem.client-error";
        };
    }

    /** JSON when the client prefers it; for one that takes anything, JSON under {@code /api/} and the page elsewhere. */
    static boolean wantsJson(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = path != null && path.toString().startsWith(request.getContextPath() + "/api/");
        return Negotiation.prefersJson(request.getHeader(HttpHeaders.ACCEPT), api);
    }
}
