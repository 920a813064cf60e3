package com.claimboard.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class ImportViewTest extends KaribuTest {

    private static final String TEXT = """
            Le gouvernement a annoncé 40 000 nouveaux logements en 2025.

            « C'est un record », a déclaré la ministre.
            """;

    @Test
    void a_pasted_article_becomes_claim_cards_on_the_board() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);

        view.title.setValue("Logements : un record annoncé");
        view.text.setValue(TEXT);
        view.outlet.setValue("Le Quotidien");
        _click(view.importButton);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("app");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsKey("article");
        @SuppressWarnings("unchecked")
        Grid<com.claimboard.claim.ClaimSummary> grid = _get(Grid.class, spec -> spec.withId("board-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 1).speaker()).isEqualTo("la ministre");
    }

    @Test
    void missing_text_is_refused_with_a_message_and_nothing_is_lost() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView view = _get(ImportView.class);

        view.title.setValue("Only a title");
        _click(view.importButton);

        NotificationsKt.expectNotifications("Paste the article's text.");
        assertThat(view.title.getValue()).isEqualTo("Only a title");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("app/import");
    }

    @Test
    void the_same_text_imported_again_offers_the_existing_article() {
        signIn("rita", "REVIEWER");
        navigate("app/import");
        ImportView first = _get(ImportView.class);
        first.title.setValue("First import");
        first.text.setValue("Un texte importé deux fois, avec 3 chiffres.");
        _click(first.importButton);

        navigate("app/import");
        ImportView second = _get(ImportView.class);
        second.title.setValue("Second import");
        second.text.setValue("Un texte importé deux fois, avec 3 chiffres.");
        _click(second.importButton);

        Button open = _get(Button.class, spec -> spec.withId("duplicate-open"));
        assertThat(_find(Button.class, spec -> spec.withId("duplicate-import-anyway")))
                .hasSize(1);
        _click(open);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("app");
    }
}
