package com.claimboard.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What a client would rather read, from its {@code Accept} header: JSON, or a page. */
public final class Negotiation {

    private Negotiation() {}

    /**
     * Whether the client's most preferred type is JSON (or any {@code +json}) rather than HTML; for a client
     * that takes anything, sends no {@code Accept} or a malformed one, {@code otherwise}.
     */
    public static boolean prefersJson(String accept, boolean otherwise) {
        if (accept == null || accept.isBlank()) {
            return otherwise;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException malformed) {
            return otherwise;
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isWildcardType()) {
                return otherwise;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                return false;
            }
            if (!type.isWildcardSubtype()
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix()))) {
                return true;
            }
        }
        return otherwise;
    }
}
