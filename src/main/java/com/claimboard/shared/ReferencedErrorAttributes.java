package com.claimboard.shared;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error page may tell: the status and, for a server error, a reference that is also in the log with the
 * whole trace. Never the exception, its message or a trace.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final String REFERENCE = ReferencedErrorAttributes.class.getName() + ".reference";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(
                request,
                ErrorAttributeOptions.defaults()
                        .excluding(
                                ErrorAttributeOptions.Include.EXCEPTION,
                                ErrorAttributeOptions.Include.STACK_TRACE,
                                ErrorAttributeOptions.Include.MESSAGE,
                                ErrorAttributeOptions.Include.BINDING_ERRORS));
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            Object reference = request.getAttribute(REFERENCE, RequestAttributes.SCOPE_REQUEST);
            if (reference == null) {
                Throwable error = getError(request);
                reference = ErrorReferences.log(
                        error == null ? new IllegalStateException("HTTP " + code + " without an exception") : error,
                        String.valueOf(attributes.get("path")));
                request.setAttribute(REFERENCE, reference, RequestAttributes.SCOPE_REQUEST);
            }
            attributes.put("reference", reference);
        }
        return attributes;
    }
}
