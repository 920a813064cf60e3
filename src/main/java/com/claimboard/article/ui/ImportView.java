package com.claimboard.article.ui;

import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.article.ArticleSummary;
import com.claimboard.shared.Roles;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** Import by pasting: title and text, optionally URL, outlet and date; the text becomes claim cards. */
@Route("app/import")
@Menu(title = "menu.import", order = 1)
@RolesAllowed(Roles.REVIEWER)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final ArticleService articles;
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final TextField url = new TextField();
    final TextField outlet = new TextField();
    final DatePicker publishedOn = new DatePicker();
    final Button importButton = new Button();

    ImportView(ArticleService articles) {
        this.articles = articles;
        setMaxWidth("60em");

        title.setLabel(getTranslation("import.title"));
        title.setRequired(true);
        title.setMaxLength(500);
        title.setId("import-title");
        title.setWidthFull();

        text.setLabel(getTranslation("import.text"));
        text.setHelperText(getTranslation("import.text.help"));
        text.setRequired(true);
        text.setMaxLength(ArticleService.MAX_TEXT_LENGTH);
        text.setId("import-text");
        text.setWidthFull();
        text.setMinHeight("16em");

        url.setLabel(getTranslation("import.url"));
        url.setId("import-url");
        outlet.setLabel(getTranslation("import.outlet"));
        outlet.setId("import-outlet");
        publishedOn.setLabel(getTranslation("import.published-on"));
        publishedOn.setId("import-published-on");

        FormLayout form = new FormLayout(title, url, outlet, publishedOn);
        form.setColspan(title, 2);

        importButton.setText(getTranslation("import.submit"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-submit");
        importButton.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        importButton.addClickListener(click -> importOrOfferExisting());

        add(new H2(getTranslation("import.heading")), form, text, importButton);
    }

    private void importOrOfferExisting() {
        if (title.isEmpty() || text.isEmpty()) {
            Messages.error(this, title.isEmpty() ? "import.error.title-required" : "import.error.text-required");
            return;
        }
        Optional<ArticleSummary> existing = articles.findSameText(text.getValue());
        if (existing.isPresent()) {
            offerExisting(existing.get());
        } else {
            doImport();
        }
    }

    private void offerExisting(ArticleSummary existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("import.duplicate.title"));
        dialog.add(new Paragraph(getTranslation("import.duplicate.text", existing.title())));
        Button open = new Button(getTranslation("import.duplicate.open"), click -> {
            dialog.close();
            openBoard(existing.id());
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("duplicate-open");
        Button anyway = new Button(getTranslation("import.duplicate.import-anyway"), click -> {
            dialog.close();
            doImport();
        });
        anyway.setId("duplicate-import-anyway");
        dialog.getFooter().add(new HorizontalLayout(anyway, open));
        dialog.open();
    }

    private void doImport() {
        long[] id = new long[1];
        boolean imported = Messages.attempt(
                this,
                () -> id[0] = articles.importPasted(new ArticleDraft(
                        title.getValue(), text.getValue(), url.getValue(), outlet.getValue(), publishedOn.getValue())));
        if (imported) {
            Messages.success(this, "import.done", title.getValue());
            openBoard(id[0]);
        }
    }

    private void openBoard(long articleId) {
        getUI().ifPresent(ui -> ui.navigate("app", QueryParameters.of("article", String.valueOf(articleId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " · " + getTranslation("app.name");
    }
}
