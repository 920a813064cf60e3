package com.claimboard.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** Whether a person also wants their notifications by e-mail, and in which language. */
@Entity
@Table(name = "notification_preferences")
class Preference {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    @Column(nullable = false, length = 10)
    private String language;

    protected Preference() {}

    Preference(String username, boolean byEmail, Locale language) {
        this.username = username;
        set(byEmail, language);
    }

    void set(boolean byEmail, Locale language) {
        this.byEmail = byEmail;
        this.language = language.getLanguage();
    }

    boolean byEmail() {
        return byEmail;
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }
}
