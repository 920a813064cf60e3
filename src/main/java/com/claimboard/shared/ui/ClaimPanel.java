package com.claimboard.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds to a claim's page (the earlier claims the matcher found like it), so that the page
 * shows it without depending on the feature. The page draws it again whenever the claim changes.
 */
public interface ClaimPanel {

    /**
     * The section for one claim, drawn from what the reader may see now; {@code claimChanged} is called after
     * the reader changed the claim itself from the section (closed it, say), for the page to redraw it all.
     */
    Component create(long claimId, Runnable claimChanged);
}
