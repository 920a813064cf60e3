/** The workspace's shell (layout, navigation, styles) and the small components every view uses. */
package com.claimboard.shared.ui;
