package com.claimboard.verdict.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimboard.shared.ui.AccessDeniedView;
import com.claimboard.support.KaribuTest;
import com.claimboard.verdict.RatingEntry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The rating scale screen, without a browser: the scale in its order, a rating added, admins only. */
class RatingScaleViewTest extends KaribuTest {

    @Test
    void an_admin_sees_the_scale_in_order_and_adds_a_rating_with_both_names() {
        signIn("admin", "ADMIN");
        navigate("app/admin/ratings");
        RatingScaleView view = _get(RatingScaleView.class);
        assertThat(GridKt._fetch(view.grid, 0, 100))
                .extracting(RatingEntry::code)
                .startsWith("TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MOSTLY_FALSE", "FALSE");

        _click(_get(Button.class, spec -> spec.withId("scale-add")));
        TextField nameEn = _get(TextField.class, spec -> spec.withId("scale-name-en"));
        assertThat(nameEn.getHelperText()).isEqualTo("0 / 60");
        nameEn.setValue("Satire");
        _get(TextField.class, spec -> spec.withId("scale-name-fr")).setValue("Satire");
        _click(_get(Button.class, spec -> spec.withId("scale-save")));

        assertThat(GridKt._fetch(view.grid, 0, 100))
                .extracting(RatingEntry::code)
                .contains("SATIRE");
    }

    @Test
    void the_scale_screen_is_the_admins_only() {
        signIn("rita", "REVIEWER");
        navigate("app/admin/ratings");
        assertThat(_find(RatingScaleView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }
}
