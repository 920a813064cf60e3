package com.claimboard.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.claimboard.article.ArticleService;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.LocalHttpServer;
import com.claimboard.support.SignIn;
import com.claimboard.support.TestSourceSite;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Import by address and by file: the preview fills the form, the reviewer edits it, then imports. */
class ImportByAddressTest extends KaribuTest {

    @Autowired
    LocalHttpServer site;

    @Autowired
    ArticleService articles;

    @Autowired
    @Qualifier("fetchExecutor")
    ThreadPoolTaskExecutor fetchPool;

    @Test
    void a_fetched_page_is_previewed_edited_and_imported() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);

        view.address.setValue(site.url(TestSourceSite.NEWS_PATH));
        _click(view.fetch);
        awaitUi(() -> !view.title.isEmpty());

        assertThat(view.title.getValue()).isEqualTo("Le pont de Normandie rouvre après six mois de travaux");
        assertThat(view.byline.getValue()).isEqualTo("Jeanne Martin");
        assertThat(view.outlet.getValue()).isEqualTo("Le Courrier");
        assertThat(view.publishedOn.getValue()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(view.lang.getValue()).isEqualTo("fr");
        assertThat(view.url.getValue()).isEqualTo("https://courrier.example/normandie/pont-rouvre");
        assertThat(view.text.getValue())
                .contains("42 millions d'euros", "« Le trafic a doublé en dix ans »")
                .doesNotContain("Accueil", "© Le Courrier");

        view.title.setValue("Pont de Normandie : réouverture");
        _click(view.importButton);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("app");
        long articleId = Long.parseLong(UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters()
                .get("article")
                .getFirst());
        SignIn.as("rita", "REVIEWER");
        var saved = articles.summary(articleId);
        assertThat(saved.title()).isEqualTo("Pont de Normandie : réouverture");
        assertThat(saved.byline()).isEqualTo("Jeanne Martin");
        assertThat(saved.url()).isEqualTo("https://courrier.example/normandie/pont-rouvre");
    }

    @Test
    void the_same_address_imported_twice_offers_the_existing_article() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView first = _get(ImportView.class);
        first.title.setValue("Canonical once");
        first.url.setValue("https://courrier.example/once");
        first.text.setValue("Le port a accueilli 120 navires en mai.");
        _click(first.importButton);

        navigate("app/import");
        ImportView second = _get(ImportView.class);
        second.title.setValue("Canonical twice");
        second.url.setValue("https://courrier.example/once");
        second.text.setValue("Un autre texte, mais la même adresse.");
        _click(second.importButton);

        assertThat(_get(Button.class, spec -> spec.withId("duplicate-open"))).isNotNull();
    }

    @Test
    void a_refused_or_unfit_address_says_why_and_keeps_the_form() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);
        view.title.setValue("Kept");

        view.address.setValue("http://10.0.0.1/intranet");
        _click(view.fetch);
        awaitUi(() -> !notifications().isEmpty());
        assertThat(notifications()).contains("Refused: the address points into a private or reserved network.");

        NotificationsKt.clearNotifications();
        view.address.setValue(site.url("/image.png"));
        _click(view.fetch);
        awaitUi(() -> !notifications().isEmpty());
        assertThat(notifications()).contains("That address is not a web page (it sent another kind of file).");
        assertThat(view.title.getValue()).isEqualTo("Kept");
    }

    @Test
    @Timeout(60)
    void a_slow_fetch_shows_progress_and_can_be_cancelled_and_its_late_answer_is_ignored() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        site.on("/held", exchange -> {
            received.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalHttpServer.send(
                    exchange,
                    200,
                    "text/html",
                    "<title>Too late</title><article><p>Too late to matter, this answer.</p></article>".getBytes());
            answered.countDown();
        });
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);

        view.address.setValue(site.url("/held"));
        _click(view.fetch);
        assertThat(received.await(10, TimeUnit.SECONDS))
                .as("the site got the request")
                .isTrue();
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("import-progress"))
                        .isVisible())
                .isTrue();
        assertThat(view.fetch.isEnabled()).isFalse();

        _click(view.cancel);

        assertThat(view.fetch.isEnabled()).isTrue();
        assertThat(notifications()).contains("Fetching cancelled.");
        release.countDown();
        assertThat(answered.await(10, TimeUnit.SECONDS))
                .as("the site answered late")
                .isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> fetchPool.getActiveCount() == 0);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.text.getValue()).as("the late answer is ignored").isEmpty();
        assertThat(view.title.getValue()).isEmpty();
    }

    @Test
    void an_uploaded_html_file_is_previewed_and_other_files_are_refused() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);
        byte[] page = ("<html lang=en><head><title>Budget vote | Gazette</title></head><body><article>"
                        + "<p>The council approved a budget of 12 million pounds on Tuesday, the mayor said.</p>"
                        + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);

        view.previewUploaded("budget.html", page);
        awaitUi(() -> !view.title.isEmpty());
        assertThat(view.title.getValue()).isEqualTo("Budget vote | Gazette");
        assertThat(view.text.getValue()).startsWith("The council approved a budget");

        NotificationsKt.clearNotifications();
        view.previewUploaded("photo.png", new byte[] {1, 2, 3});
        awaitUi(() -> !notifications().isEmpty());
        assertThat(notifications()).contains("Upload a web page saved as .html or .htm.");
    }

    @Test
    @Timeout(60)
    void an_uploaded_page_is_read_on_the_fetch_pool_never_on_the_callers_thread() throws Exception {
        signIn("rita", "REVIEWER");
        SignIn.as("rita", "REVIEWER");
        CountDownLatch poolBusy = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> blockers = new java.util.ArrayList<>();
        for (int i = 0; i < fetchPool.getMaxPoolSize(); i++) {
            blockers.add(fetchPool.submit(() -> {
                poolBusy.await();
                return null;
            }));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> fetchPool.getActiveCount() == fetchPool.getMaxPoolSize());

        var reading = articles.previewFromFile(
                "page.html", "<title>T</title><article><p>Some words of an article.</p></article>".getBytes());

        assertThat(reading)
                .as("the caller is not kept waiting while the pool is busy")
                .isNotDone();
        poolBusy.countDown();
        assertThat(reading.get(10, TimeUnit.SECONDS).text()).contains("Some words of an article.");
        for (var blocker : blockers) {
            blocker.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_with_the_limit_named_and_the_form_states_it() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);

        assertThat(view.upload.getMaxFileSize()).isEqualTo(5 * 1024 * 1024);
        assertThat(_get(Span.class, spec -> spec.withId("import-upload-limit")).getText())
                .isEqualTo("An HTML file of 5 MB at most.");
        view.previewUploaded("big.html", new byte[5 * 1024 * 1024 + 1]);
        awaitUi(() -> !notifications().isEmpty());

        assertThat(notifications()).containsExactly("That file is larger than 5 MB, the most an upload may be.");
    }

    /** Background work reports back through UI.access; run those tasks until the condition holds. */
    private static void awaitUi(BooleanSupplier condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.getAsBoolean();
        });
    }
}
