package com.claimboard.article.extraction;

/** The input cannot give an article (binary data, far too large); the message is for people. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
