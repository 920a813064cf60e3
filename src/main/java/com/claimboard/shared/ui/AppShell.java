package com.claimboard.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Styles come from stylesheets only, so Vaadin uses its ready-made front-end bundle and npm never runs. (Vaadin
 * writes Spring Security's CSRF token into each page's meta tags, where its sign-in form reads it: the sign-in post
 * carries it, and the security configuration requires it.) Push keeps a WebSocket open (long polling where one
 * cannot be), so what others change reaches every open screen without a reload; see {@link LiveUpdates}.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/claimboard.css")
public class AppShell implements AppShellConfigurator {}
