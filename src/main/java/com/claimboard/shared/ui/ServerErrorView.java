package com.claimboard.shared.ui;

import com.claimboard.shared.ErrorReferences;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open because of a fault of ours: a reference the person can quote, which is also in the
 * log with the whole trace; never the trace itself. Status 500.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final Span reference = new Span();

    public ServerErrorView() {
        setId("server-error");
        reference.setId("error-reference");
        add(
                new H2(getTranslation("error.server.title")),
                new Paragraph(getTranslation("error.server.text")),
                new Paragraph(new Span(getTranslation("error.reference") + " "), reference),
                new Anchor("app/home", getTranslation("error.back-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference.setText(ErrorReferences.log(
                parameter.getCaughtException(), "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.title") + " · " + getTranslation("app.name");
    }
}
