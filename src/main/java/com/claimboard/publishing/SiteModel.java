package com.claimboard.publishing;

import com.claimboard.organisation.OrganisationProfile;
import com.claimboard.organisation.OrganisationService;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every public page shows, error pages included: the organisation (name, logo), the site's base address,
 * the page's addresses in each language (for {@code hreflang} and the language switch) and dates in its language.
 */
@ControllerAdvice
class SiteModel {

    private final OrganisationService organisation;
    private final PublicBaseUrl baseUrl;

    SiteModel(OrganisationService organisation, PublicBaseUrl baseUrl) {
        this.organisation = organisation;
        this.baseUrl = baseUrl;
    }

    /** The organisation's name and logo head every page (error pages too): read once per page. */
    @ModelAttribute
    void organisation(Model model) {
        OrganisationProfile profile = organisation.profile();
        model.addAttribute("organisationProfile", profile);
        model.addAttribute("organisation", profile.name());
    }

    @ModelAttribute
    void page(Model model, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("siteUrl", baseUrl.value());
        model.addAttribute("dates", new SiteDates(locale));
        Map<String, String> alternates = alternates(request);
        Locale other = "fr".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        model.addAttribute("alternates", alternates);
        model.addAttribute("otherLanguage", other);
        // The switch stays on this site whatever address it was reached by: the path and query only.
        String absolute = alternates.get(other.getLanguage());
        model.addAttribute(
                "otherLanguageHref", absolute.substring(baseUrl.value().length()));
    }

    /**
     * The absolute address of this page in each language ({@code en}, {@code fr}) and without one ({@code
     * x-default}, the reader's own), from the configured public address and the request's path and query.
     */
    Map<String, String> alternates(HttpServletRequest request) {
        String path = forwardedOr(request, RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        String query = forwardedOr(request, RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
        path = path.substring(request.getContextPath().length());
        if (path.equals(PublicHomeFilter.HOME)) {
            path = "/";
        }
        Map<String, String> addresses = new LinkedHashMap<>();
        for (Locale locale : SiteLocale.SUPPORTED) {
            addresses.put(locale.getLanguage(), address(path, query, locale.getLanguage()));
        }
        addresses.put("x-default", address(path, query, null));
        return addresses;
    }

    private String address(String path, String query, String language) {
        UriComponentsBuilder builder =
                UriComponentsBuilder.fromUriString(baseUrl.value()).path(path).query(query);
        builder.replaceQueryParam(SiteLocale.PARAMETER);
        if (language != null) {
            builder.queryParam(SiteLocale.PARAMETER, language);
        }
        return builder.build().toUriString();
    }

    private static String forwardedOr(HttpServletRequest request, String attribute, String otherwise) {
        Object forwarded = request.getAttribute(attribute);
        if (forwarded != null) {
            return forwarded.toString();
        }
        // On an error page, the address that failed.
        Object failed = RequestDispatcher.FORWARD_REQUEST_URI.equals(attribute)
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : null;
        return failed != null ? failed.toString() : otherwise;
    }
}
