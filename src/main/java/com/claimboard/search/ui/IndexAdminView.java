package com.claimboard.search.ui;

import com.claimboard.shared.Roles;
import com.claimboard.shared.search.SearchIndex;
import com.claimboard.shared.ui.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * For admins: what the search index holds, kind by kind, and a button that rebuilds it from the database (after
 * a restore, or when results look wrong). The rebuild runs in the background with progress shown; searches go on
 * meanwhile on what the index held.
 */
@Route("app/admin/index")
@Menu(title = "menu.index", order = 13)
@RolesAllowed(Roles.ADMIN)
public class IndexAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SearchIndex index;
    private final Div counts = new Div();
    private final Button rebuild = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();

    IndexAdminView(SearchIndex index) {
        this.index = index;
        setMaxWidth("50em");
        counts.setId("index-counts");
        rebuild.setText(getTranslation("index.rebuild"));
        rebuild.setId("index-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> start());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.setId("index-status");
        add(new H2(getTranslation("index.title")), new Paragraph(getTranslation("index.help")), counts, rebuild);
        add(progress, status);
        showCounts(index.counts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index.title") + " · Claimboard";
    }

    private void showCounts(Map<String, Long> documents) {
        counts.removeAll();
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        documents.forEach(
                (kind, count) -> counts.add(new Paragraph(getTranslation("index.count", kind, number.format(count)))));
    }

    private void start() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("index.rebuilding"));
        // The admin's rights go with the work to the background thread; the result is pushed when it comes.
        CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return index.rebuild();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new CompletionException(e);
                            }
                        },
                        new DelegatingSecurityContextExecutor(ForkJoinPool.commonPool()))
                .whenComplete((rebuilt, error) -> ui.access(() -> {
                    rebuild.setEnabled(true);
                    progress.setVisible(false);
                    if (error != null) {
                        status.setText(getTranslation("index.failed"));
                        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                        if (cause instanceof RuntimeException runtime) {
                            Messages.report(this, runtime);
                        }
                        return;
                    }
                    showCounts(rebuilt.documents());
                    String seconds = NumberFormat.getNumberInstance(getLocale())
                            .format(rebuilt.took().toMillis() / 1000.0);
                    status.setText(getTranslation("index.rebuilt", seconds));
                    Messages.success(this, "index.rebuilt", seconds);
                }));
    }
}
