package com.claimboard.source;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.AccountService;
import com.claimboard.audit.AuditService;
import com.claimboard.claim.ClaimAction;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.TextLimit;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sources that are not a public address: an uploaded saved page or PDF (real PDFs, written by PDFBox), a typed
 * excerpt with its citation; a failed fetch tried again; a source removed and kept in the history.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class SourcesWithoutAnAddressTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    WorkflowDriver workflow;

    @Autowired
    ClaimService claims;

    @Autowired
    SourceService sources;

    @Autowired
    AuditService audit;

    @Autowired
    LocalHttpServer sourceSite;

    private ClaimSummary card;

    @BeforeEach
    void aClaimRitaResearches() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        ClaimSummary fresh = workflow.card("Le budget de la santé a augmenté de 8 % en 2026, selon le rapport.");
        SignIn.as("rita", "REVIEWER");
        card = claims.take(fresh.id(), fresh.version());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_pdf_is_stored_with_its_text_and_title() throws IOException {
        byte[] pdf = pdf("Rapport annuel 2026", "Le budget de la sante a augmente de 3,1 % en 2026.", false);

        SourceSummary stored = sources.attachFile(card.id(), null, Stance.REFUTES, "rapport.pdf", pdf);

        assertThat(stored.kind()).isEqualTo(SourceKind.PDF);
        assertThat(stored.state()).isEqualTo(FetchState.FETCHED);
        assertThat(stored.title()).isEqualTo("Rapport annuel 2026");
        assertThat(stored.address()).isNull();
        assertThat(sources.storedCopy(stored.id()).text()).contains("augmente de 3,1 % en 2026");
        assertThat(sources.fetchedCount(card.id())).isEqualTo(1);
    }

    @Test
    void a_locked_a_textless_and_a_damaged_pdf_and_an_image_are_refused_with_the_reason_and_nothing_stored()
            throws IOException {
        byte[] locked = pdf("T", "Secret.", true);
        byte[] scan = pdf("Scan", null, false);
        assertRefused(
                () -> sources.attachFile(card.id(), null, Stance.CONTEXT, "locked.pdf", locked),
                "fetch.reason.PDF_UNREADABLE");
        assertRefused(
                () -> sources.attachFile(card.id(), null, Stance.CONTEXT, "scan.pdf", scan),
                "fetch.reason.PDF_NO_TEXT");
        byte[] cut = "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII);
        assertRefused(
                () -> sources.attachFile(card.id(), null, Stance.CONTEXT, "cut.pdf", cut),
                "fetch.reason.PDF_UNREADABLE");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertRefused(
                () -> sources.attachFile(card.id(), null, Stance.CONTEXT, "photo.html", png),
                "fetch.reason.NOT_A_WEB_PAGE");
        assertRefused(
                () -> sources.attachFile(card.id(), null, Stance.CONTEXT, "empty.pdf", new byte[0]),
                "source.error.file-empty");
        byte[] huge = new byte[(int) sources.maxUploadBytes() + 1];
        assertRefused(
                () -> sources.attachFile(card.id(), null, Stance.CONTEXT, "huge.html", huge),
                "source.error.file-too-large");
        assertThat(sources.sourcesOf(card.id())).isEmpty();
    }

    @Test
    void a_saved_page_without_an_address_is_stored_from_its_own_text() {
        byte[] page = """
                <html><head><title>Communiqué du ministère</title></head><body><article>
                <h1>Communiqué du ministère</h1><p>Le budget de la santé progresse de 3,1 % en 2026, hors inflation.</p>
                <p>Les hôpitaux reçoivent la moitié de la hausse, selon le communiqué publié ce mardi.</p>
                </article></body></html>""".getBytes(StandardCharsets.UTF_8);

        SourceSummary stored = sources.attachFile(card.id(), "", Stance.REFUTES, "communique.html", page);

        assertThat(stored.kind()).isEqualTo(SourceKind.SAVED_PAGE);
        assertThat(stored.label()).isEqualTo("Communiqué du ministère");
        assertThat(sources.storedCopy(stored.id()).text()).contains("progresse de 3,1 % en 2026");
        assertRefused(
                () -> sources.attachFile(card.id(), "javascript:alert(1)", Stance.CONTEXT, "p.html", page),
                "error.not-web-address");
    }

    @Test
    void an_excerpt_is_its_own_copy_with_its_citation_and_its_limits_are_enforced() {
        SourceSummary stored = sources.attachExcerpt(
                card.id(),
                Stance.REFUTES,
                new Excerpt(
                        "  « La hausse est de 3,1 % en volume. »  ",
                        "Rapport sur les comptes de la santé", "Cour des comptes", LocalDate.of(2026, 9, 15), null));

        assertThat(stored.kind()).isEqualTo(SourceKind.EXCERPT);
        assertThat(stored.state()).isEqualTo(FetchState.FETCHED);
        assertThat(stored.outlet()).isEqualTo("Cour des comptes");
        assertThat(stored.citedDate()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(sources.storedCopy(stored.id()).text()).isEqualTo("« La hausse est de 3,1 % en volume. »");

        assertRefused(
                () -> sources.attachExcerpt(card.id(), Stance.CONTEXT, new Excerpt(" ", "T", null, null, null)),
                "source.error.excerpt-text-required");
        assertRefused(
                () -> sources.attachExcerpt(card.id(), Stance.CONTEXT, new Excerpt("Text", "", null, null, null)),
                "source.error.excerpt-title-required");
        Excerpt future = new Excerpt("Text", "T", null, LocalDate.now().plusDays(5), null);
        assertRefused(() -> sources.attachExcerpt(card.id(), Stance.CONTEXT, future), "source.error.excerpt-future");
        TextLimit[] limits = {SourceService.EXCERPT_TEXT, SourceService.EXCERPT_TITLE, SourceService.EXCERPT_OUTLET};
        for (TextLimit limit : limits) {
            Excerpt over = excerptWith(limit, "x".repeat(limit.max() + 1));
            assertThatThrownBy(() -> sources.attachExcerpt(card.id(), Stance.CONTEXT, over))
                    .isInstanceOf(TextLimit.TooLong.class);
            Excerpt at = excerptWith(limit, "x".repeat(limit.max()));
            assertThat(sources.attachExcerpt(card.id(), Stance.CONTEXT, at).state())
                    .isEqualTo(FetchState.FETCHED);
        }
        SignIn.as("omar", "REVIEWER");
        Excerpt notHis = new Excerpt("Text", "T", null, null, null);
        assertRefused(() -> sources.attachExcerpt(card.id(), Stance.CONTEXT, notHis), "source.error.not-researching");
    }

    @Test
    void a_failed_fetch_is_tried_again_and_an_unwanted_source_is_removed_and_kept_in_the_history() {
        String path = "/evidence/later-" + card.id();
        SourceSummary failing = sources.attach(card.id(), sourceSite.url(path), Stance.SUPPORTS);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sources.sourcesOf(card.id()).getFirst().state() == FetchState.FAILED);
        assertThat(sources.sourcesOf(card.id()).getFirst().retriable()).isTrue();

        sourceSite.html(
                path,
                "<html><head><title>Published later</title></head><body><article><p>"
                        + "The report was published a day late, with the 3.1 percent figure in its first table."
                        + "</p></article></body></html>");
        assertThat(sources.retry(failing.id()).state()).isEqualTo(FetchState.PENDING);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .until(() -> sources.sourcesOf(card.id()).getFirst().state() == FetchState.FETCHED);
        assertRefused(() -> sources.retry(failing.id()), "source.error.not-retriable");

        SignIn.as("omar", "REVIEWER");
        assertRefused(() -> sources.remove(failing.id()), "source.error.not-researching");
        SignIn.as("rita", "REVIEWER");
        sources.remove(failing.id());

        assertThat(sources.sourcesOf(card.id())).isEmpty();
        assertThat(sources.fetchedCount(card.id())).isZero();
        assertThat(audit.trail(card.id())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(ClaimAction.REMOVE_SOURCE);
            assertThat(entry.comment()).isEqualTo("Published later");
            assertThat(entry.actor()).isEqualTo("rita");
        });
        assertThatThrownBy(() -> sources.remove(failing.id())).isInstanceOf(com.claimboard.shared.NotFound.class);
    }

    private static Excerpt excerptWith(TextLimit limit, String value) {
        return new Excerpt(
                limit == SourceService.EXCERPT_TEXT ? value : "Text",
                limit == SourceService.EXCERPT_TITLE ? value : "Title",
                limit == SourceService.EXCERPT_OUTLET ? value : null,
                null,
                null);
    }

    /** A real PDF: one page with the text (none when null), a title, locked with a password if asked. */
    private static byte[] pdf(String title, String text, boolean locked) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (text != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(title);
            if (locked) {
                AccessPermission none = new AccessPermission();
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", none);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
