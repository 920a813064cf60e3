package com.claimboard.verdict.ui;

import com.claimboard.shared.DomainRuleViolation;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.LimitedFields;
import com.claimboard.shared.ui.Messages;
import com.claimboard.verdict.RatingEntry;
import com.claimboard.verdict.RatingScale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The rating scale, run by admins: names and meanings in both languages, ClaimReview's value, the order of the
 * picker, and retirement (a rating in use is never deleted; what it rated keeps it, and published pages keep the
 * names it had when they were published).
 */
@Route("app/admin/ratings")
@Menu(title = "menu.ratings", order = 12)
@RolesAllowed(Roles.ADMIN)
public class RatingScaleView extends VerticalLayout implements HasDynamicTitle {

    private final RatingScale scale;
    final Grid<RatingEntry> grid = new Grid<>();

    RatingScaleView(RatingScale scale) {
        this.scale = scale;
        setSizeFull();
        setId("rating-scale");
        grid.addColumn(RatingEntry::nameEn)
                .setHeader(getTranslation("scale.column.en"))
                .setFlexGrow(1);
        grid.addColumn(RatingEntry::nameFr)
                .setHeader(getTranslation("scale.column.fr"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.ratingValue() == null ? "—" : r.ratingValue() + " / 5")
                .setHeader(getTranslation("scale.column.value"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.retired() ? "scale.retired" : "scale.active"))
                .setHeader(getTranslation("account.field.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("rating-scale-grid");
        grid.setSizeFull();
        Button add = new Button(getTranslation("scale.add"), click -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("scale-add");
        add(new H2(getTranslation("scale.title")), new Paragraph(getTranslation("scale.help")), add, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(scale.all());
    }

    private HorizontalLayout actions(RatingEntry rating) {
        String id = rating.code().toLowerCase();
        HorizontalLayout actions = new HorizontalLayout(
                button("scale.edit", "scale-edit-" + id, () -> edit(rating)),
                button("scale.up", "scale-up-" + id, () -> attempt(() -> scale.move(rating.code(), true))),
                button("scale.down", "scale-down-" + id, () -> attempt(() -> scale.move(rating.code(), false))),
                rating.retired()
                        ? button(
                                "scale.restore",
                                "scale-restore-" + id,
                                () -> attempt(() -> scale.restore(rating.code(), rating.version())))
                        : button(
                                "scale.retire",
                                "scale-retire-" + id,
                                () -> attempt(() -> scale.retire(rating.code(), rating.version()))));
        actions.setSpacing(false);
        return actions;
    }

    private void attempt(Runnable action) {
        if (Messages.attempt(this, action)) {
            Messages.success(this, "scale.saved");
        }
        refresh();
    }

    /** Adds a rating ({@code rating} null) or changes one. */
    void edit(RatingEntry rating) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(rating == null ? "scale.add" : "scale.edit"));
        dialog.setId("scale-dialog");
        TextField nameEn = field("scale.column.en", "scale-name-en", rating == null ? "" : rating.nameEn());
        TextField nameFr = field("scale.column.fr", "scale-name-fr", rating == null ? "" : rating.nameFr());
        TextArea descriptionEn =
                area("scale.description-en", "scale-description-en", rating == null ? null : rating.descriptionEn());
        TextArea descriptionFr =
                area("scale.description-fr", "scale-description-fr", rating == null ? null : rating.descriptionFr());
        IntegerField value = new IntegerField(getTranslation("scale.column.value"));
        value.setMin(1);
        value.setMax(5);
        value.setStepButtonsVisible(true);
        value.setClearButtonVisible(true);
        value.setValue(rating == null ? null : rating.ratingValue());
        value.setHelperText(getTranslation("scale.value-help"));
        value.setId("scale-value");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                if (rating == null) {
                    scale.add(
                            nameEn.getValue(),
                            nameFr.getValue(),
                            descriptionEn.getValue(),
                            descriptionFr.getValue(),
                            value.getValue());
                } else {
                    scale.change(
                            rating.code(),
                            rating.version(),
                            nameEn.getValue(),
                            nameFr.getValue(),
                            descriptionEn.getValue(),
                            descriptionFr.getValue(),
                            value.getValue());
                }
                Messages.success(this, "scale.saved");
                dialog.close();
                refresh();
            } catch (DomainRuleViolation refused) {
                Messages.report(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("scale-save");
        FormLayout form = new FormLayout(nameEn, nameFr, descriptionEn, descriptionFr, value);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        dialog.open();
        nameEn.focus();
    }

    private TextField field(String label, String id, String value) {
        TextField field = new TextField(getTranslation(label));
        field.setValue(value == null ? "" : value);
        field.setId(id);
        LimitedFields.limit(field, RatingScale.NAME);
        return field;
    }

    private TextArea area(String label, String id, String value) {
        TextArea area = new TextArea(getTranslation(label));
        area.setValue(value == null ? "" : value);
        area.setId(id);
        LimitedFields.limit(area, RatingScale.DESCRIPTION);
        return area;
    }

    private Button button(String key, String id, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scale.title") + " · " + getTranslation("app.name");
    }
}
