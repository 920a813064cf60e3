package com.claimboard.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the workspace's top bar for the signed-in person (the notifications bell), so the
 * layout shows it without depending on the feature.
 */
public interface NavbarWidget {

    /** A new component for one layout instance (one browser tab). */
    Component create();
}
