package com.claimboard.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A workspace page that fails to open with a fault of ours, for tests of what the person sees then. */
@Route("app/test-failure")
@PermitAll
public class FailingView extends Div implements BeforeEnterObserver {

    public static final String FAULT = "the test view broke on purpose";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(FAULT);
    }
}
