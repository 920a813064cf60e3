package com.claimboard.article;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The largest HTML file a reviewer may upload, configured once ({@code claimboard.import.max-upload-size}, 5 MB
 * by default): the import form states it and refuses a larger file with its own message, the service refuses it
 * too, and the servlet container's multipart limit is set from it, so no other limit answers first.
 */
record UploadLimit(long bytes) {

    long megabytes() {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    @Configuration
    static class Configured {

        @Bean
        UploadLimit uploadLimit(@Value("${claimboard.import.max-upload-size:5MB}") DataSize size) {
            return new UploadLimit(size.toBytes());
        }

        /** The container's own limit, just above ours: the form's envelope around the file takes a few bytes. */
        @Bean
        MultipartConfigElement multipartConfigElement(UploadLimit limit) {
            MultipartConfigFactory factory = new MultipartConfigFactory();
            factory.setMaxFileSize(DataSize.ofBytes(limit.bytes()));
            factory.setMaxRequestSize(DataSize.ofBytes(limit.bytes() + 64 * 1024));
            return factory.createMultipartConfig();
        }
    }
}
