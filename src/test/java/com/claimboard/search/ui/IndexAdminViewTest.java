package com.claimboard.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimboard.shared.search.SearchIndex;
import com.claimboard.shared.ui.AccessDeniedView;
import com.claimboard.support.KaribuTest;
import com.claimboard.support.SignIn;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The admin's search-index screen: the documents per kind, and a rebuild from the database in the background. */
class IndexAdminViewTest extends KaribuTest {

    @Autowired
    SearchIndex index;

    @Test
    void an_admin_rebuilds_the_index_and_sees_what_it_holds() throws InterruptedException {
        workflow.card("The regional train fleet doubled in size in 2025, the operator said.");
        signIn("admin", "ADMIN");
        navigate("app/admin/index");
        Div counts = _get(Div.class, spec -> spec.withId("index-counts"));
        assertThat(counts.getElement().getTextRecursively()).contains("ClaimCard: ");

        _click(_get(Button.class, spec -> spec.withId("index-rebuild")));
        assertThat(_get(Button.class, spec -> spec.withId("index-rebuild")).isEnabled())
                .isFalse();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return _get(Paragraph.class, spec -> spec.withId("index-status"))
                    .getText()
                    .startsWith("Index rebuilt in");
        });
        assertThat(_get(Button.class, spec -> spec.withId("index-rebuild")).isEnabled())
                .isTrue();

        SignIn.as("admin", "ADMIN");
        SearchIndex.Rebuilt rebuilt = index.rebuild();
        assertThat(rebuilt.documents().get("ClaimCard")).isPositive();
        assertThat(index.counts()).isEqualTo(rebuilt.documents());
    }

    @Test
    void only_admins_see_the_screen_or_rebuild() {
        signIn("eddie", "REVIEWER", "EDITOR");
        navigate("app/admin/index");
        assertThat(_find(IndexAdminView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        SignIn.as("eddie", "REVIEWER", "EDITOR");
        assertThatThrownBy(() -> index.rebuild()).isInstanceOf(AccessDeniedException.class);
    }
}
