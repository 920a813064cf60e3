package com.claimboard.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one organisation the desk publishes for: a single row, edited by admins. */
@Entity
@Table(name = "organisation")
class Organisation {

    static final long THE_ONE = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "website_url", length = 2000)
    private String websiteUrl;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "methodology_markdown", length = 20_000)
    private String methodologyMarkdown;

    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type", length = 50)
    private String logoType;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organisation() {}

    Organisation(String name) {
        this.id = THE_ONE;
        this.name = name;
        this.updatedAt = Instant.now();
    }

    void describe(String name, String websiteUrl, String contactEmail, String methodologyMarkdown) {
        this.name = name;
        this.websiteUrl = websiteUrl;
        this.contactEmail = contactEmail;
        this.methodologyMarkdown = methodologyMarkdown;
        this.updatedAt = Instant.now();
    }

    void logo(byte[] image, String type) {
        this.logo = image;
        this.logoType = type;
        this.updatedAt = Instant.now();
    }

    long version() {
        return version;
    }

    String name() {
        return name;
    }

    String websiteUrl() {
        return websiteUrl;
    }

    String contactEmail() {
        return contactEmail;
    }

    String methodologyMarkdown() {
        return methodologyMarkdown;
    }

    byte[] logoBytes() {
        return logo;
    }

    String logoType() {
        return logoType;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
