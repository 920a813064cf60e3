package com.claimboard.source;

import static com.claimboard.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.account.AccountService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestAccounts;
import com.claimboard.support.TestDatabase;
import com.claimboard.support.TestSourceSite;
import com.claimboard.support.WorkflowDriver;
import com.claimboard.verdict.Rating;
import com.claimboard.verdict.VerdictDraft;
import com.claimboard.verdict.VerdictService;
import com.claimboard.verdict.VerdictSummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Evidence passages on the real database and over real HTTP: the researcher marks words of a stored copy, they
 * are kept as a text-quote selector and found again, and the published page quotes them with a link that lands
 * on them, marked, in the public stored copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
class PassageTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

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
    PassageService passages;

    @Autowired
    VerdictService verdicts;

    @Autowired
    LocalHttpServer sourceSite;

    private ClaimSummary card;
    private SourceSummary source;
    private String copy;

    @BeforeEach
    void aFetchedSource() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        card = workflow.card("Unemployment stood at 7.1 percent in the third quarter, a fall.");
        SignIn.as("rita", "REVIEWER");
        claims.take(card.id(), card.version());
        long id = sources.attach(card.id(), sourceSite.url(TestSourceSite.ARTICLE_PATH), Stance.REFUTES)
                .id();
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> sources.storedCopy(id).source().state() == FetchState.FETCHED);
        source = sources.storedCopy(id).source();
        copy = sources.storedCopy(id).text();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_researcher_marks_words_of_the_copy_and_they_are_kept_as_a_selector() {
        String words = "unchanged from the second";
        int start = copy.indexOf(words);

        PassageView marked = passages.mark(source.id(), start, start + words.length(), words, Stance.REFUTES);
        assertThat(marked.found()).isTrue();
        assertThat(marked.quote().exact()).isEqualTo(words);
        assertThat(marked.quote().prefix()).endsWith("third quarter, ");
        assertThat(marked.start()).isEqualTo(start);

        // The browser counted differently (a selection with spaces around it, offsets off by a few): the words
        // are what counts.
        PassageView shifted = passages.mark(source.id(), 3, 3 + 40, "  The figure covers the whole country. ", null);
        assertThat(shifted.quote().exact()).isEqualTo("The figure covers the whole country.");
        assertThat(copy.substring(shifted.start(), shifted.end())).isEqualTo("The figure covers the whole country.");
        assertThat(shifted.stance()).isEqualTo(Stance.CONTEXT);

        assertThat(passages.passagesOf(card.id()))
                .extracting(p -> p.quote().exact())
                .containsExactly(words, "The figure covers the whole country.");
    }

    @Test
    void words_not_in_the_copy_and_other_peoples_claims_are_refused_and_nothing_is_kept() {
        assertRefused(
                () -> passages.mark(source.id(), 0, 10, "Unemployment rose sharply", Stance.SUPPORTS),
                "passage.error.not-in-copy");
        assertRefused(() -> passages.mark(source.id(), 0, 0, "   ", Stance.SUPPORTS), "passage.error.empty");
        assertRefused(() -> passages.mark(source.id(), 0, 2_001, "x".repeat(2_001), Stance.SUPPORTS), "error.too-long");
        SignIn.as("omar", "REVIEWER");
        assertRefused(
                () -> passages.mark(source.id(), 0, 12, "Unemployment", Stance.SUPPORTS),
                "passage.error.not-researching");
        assertThat(passages.passagesOf(card.id())).isEmpty();
    }

    @Test
    void the_published_page_quotes_the_passage_and_its_link_lands_on_it_in_the_stored_copy() throws Exception {
        String words = "Unemployment stood at 7.1 percent in the third quarter";
        int start = copy.indexOf(words);
        passages.mark(source.id(), start, start + words.length(), words, Stance.REFUTES);
        VerdictSummary draft = verdicts.saveDraft(
                card.id(), VerdictDraft.of(Rating.FALSE, "Unchanged, not a fall.", "The office says so."), null);
        VerdictSummary proposed = verdicts.propose(draft.id(), draft.version());
        SignIn.as("eddie", "EDITOR", "REVIEWER");
        verdicts.approve(proposed.id(), proposed.version());
        SignIn.out();

        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/checks/by-claim/" + card.id()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("\u201c" + words + "\u201d");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "href=\"(/checks/[^\"]+/sources/" + source.id() + "#passage-1)\"")
                .matcher(page);
        assertThat(link.find()).as("a link to the passage in the stored copy").isTrue();

        String stored = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + link.group(1).replaceFirst("#.*", "")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(stored).contains("<mark id=\"passage-1\" class=\"passage passage-refutes\">" + words + "</mark>");
    }
}
