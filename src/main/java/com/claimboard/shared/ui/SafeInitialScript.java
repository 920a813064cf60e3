package com.claimboard.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The first page of the workspace carries the first view's state as JSON inside an inline script (Vaadin's eager
 * server load, which lets an unknown address answer 404). Vaadin 25.2 writes that JSON as it is, so a stored text
 * holding {@code </script>} would close the script and the rest would be read as HTML: stored script on the
 * workspace. Here every {@code </} and {@code <!--} inside it is written {@code <\/} and {@code <\!--}, which the
 * script reads as the same characters and the HTML parser no longer sees.
 */
@Component
class SafeInitialScript implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(SafeInitialScript::escape);
    }

    static void escape(IndexHtmlResponse response) {
        for (Element script : response.getDocument().select("script[initial]")) {
            String code = script.data();
            if (code.contains("</") || code.contains("<!--")) {
                script.empty();
                script.appendChild(new DataNode(escaped(code)));
            }
        }
    }

    static String escaped(String code) {
        return code.replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
