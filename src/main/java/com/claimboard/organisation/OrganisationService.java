package com.claimboard.organisation;

import static com.claimboard.shared.Preconditions.rule;

import com.claimboard.shared.CurrentUser;
import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.Roles;
import com.claimboard.shared.WebAddresses;
import com.claimboard.shared.live.Changes;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's identity. Anyone may read it (every public page shows it); only an admin changes it. On a
 * database without one, it starts from {@code claimboard.organisation.name}.
 */
@Service
@Order(50)
public class OrganisationService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OrganisationRepository organisations;
    private final String configuredName;
    private final Changes changes;

    OrganisationService(
            OrganisationRepository organisations,
            @Value("${claimboard.organisation.name:Claimboard}") String configuredName,
            Changes changes) {
        this.organisations = organisations;
        this.configuredName = configuredName;
        this.changes = changes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.findById(Organisation.THE_ONE).isEmpty()) {
            organisations.save(new Organisation(configuredName));
        }
    }

    /** The organisation as the public pages show it. */
    @Transactional(readOnly = true)
    public OrganisationProfile profile() {
        return organisations
                .findById(Organisation.THE_ONE)
                .map(OrganisationService::profile)
                .orElseGet(() -> new OrganisationProfile(configuredName, null, null, null, null, null, 0, null));
    }

    /** The logo's bytes and type, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Logo> logo() {
        return organisations
                .findById(Organisation.THE_ONE)
                .filter(o -> o.logoBytes() != null)
                .map(o -> new Logo(o.logoBytes(), o.logoType(), version(o)));
    }

    /** A logo ready to serve: its bytes, its type and the version its address carries. */
    public record Logo(byte[] bytes, String type, String version) {}

    /**
     * An admin changes the name, web address, contact e-mail and methodology; each is checked against its limit
     * and form, and nothing is saved when one is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OrganisationProfile describe(
            long expectedVersion, String name, String websiteUrl, String contactEmail, String methodology) {
        String cleanName = OrganisationLimits.NAME.check(strip(name));
        rule(cleanName != null && !cleanName.isEmpty(), "organisation.error.name-required", "required");
        String website = WebAddresses.optional(websiteUrl, "organisation.field.website");
        String email = OrganisationLimits.EMAIL.check(strip(contactEmail));
        if (email != null && !email.isEmpty()) {
            rule(EMAIL.matcher(email).matches(), "account.error.email-invalid", "not an e-mail address");
        }
        String text = OrganisationLimits.METHODOLOGY.check(methodology == null ? null : methodology.strip());
        Organisation organisation = load(expectedVersion);
        organisation.describe(
                cleanName,
                website,
                email == null || email.isEmpty() ? null : email.toLowerCase(Locale.ROOT),
                text == null || text.isEmpty() ? null : text);
        log.info("'{}' changed the organisation's identity", CurrentUser.username());
        return profile(save(organisation));
    }

    /** An admin uploads the logo: a PNG, a JPEG or an SVG (cleaned of script), half a megabyte at most. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OrganisationProfile setLogo(long expectedVersion, String fileName, byte[] bytes) {
        Logos.Image image = Logos.check(bytes, fileName);
        Organisation organisation = load(expectedVersion);
        organisation.logo(image.bytes(), image.type());
        log.info("'{}' changed the organisation's logo ({})", CurrentUser.username(), image.type());
        return profile(save(organisation));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OrganisationProfile removeLogo(long expectedVersion) {
        Organisation organisation = load(expectedVersion);
        organisation.logo(null, null);
        return profile(save(organisation));
    }

    private Organisation load(long expectedVersion) {
        Organisation organisation = organisations
                .findById(Organisation.THE_ONE)
                .orElseGet(() -> organisations.save(new Organisation(configuredName)));
        rule(organisation.version() == expectedVersion, "organisation.error.stale", "changed meanwhile");
        return organisation;
    }

    private Organisation save(Organisation organisation) {
        // Every public page shows the organisation.
        changes.site();
        try {
            return organisations.saveAndFlush(organisation);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new DomainRuleViolation("organisation.error.stale", "changed meanwhile");
        }
    }

    private static OrganisationProfile profile(Organisation o) {
        return new OrganisationProfile(
                o.name(),
                o.websiteUrl(),
                o.contactEmail(),
                o.methodologyMarkdown(),
                Methodology.html(o.methodologyMarkdown()),
                o.logoBytes() == null ? null : version(o),
                o.version(),
                o.updatedAt());
    }

    private static String version(Organisation o) {
        return Long.toString(o.updatedAt().toEpochMilli(), 36);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
