package com.claimboard.article;

import com.claimboard.shared.TextLimit;
import com.claimboard.shared.WebAddresses;

/**
 * How long an article's fields may be; the import form shows these and the service enforces them. The text's
 * limit is chosen for real articles: the longest news features run to about 30,000 words, some 200,000
 * characters in English or French; 250,000 leaves room (decision 0009).
 */
public final class ArticleLimits {

    public static final TextLimit TEXT = new TextLimit("import.text", 250_000);
    public static final TextLimit TITLE = new TextLimit("import.title", 500);
    public static final TextLimit BYLINE = new TextLimit("import.byline", 300);
    public static final TextLimit OUTLET = new TextLimit("import.outlet", 200);
    public static final TextLimit URL = new TextLimit("import.url", WebAddresses.MAX_LENGTH);
    public static final TextLimit ADDRESS = new TextLimit("import.address", WebAddresses.MAX_LENGTH);

    private ArticleLimits() {}
}
