package com.claimboard.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SafeInitialScriptTest {

    private static final String STATE =
            "window.Vaadin.TypeScript={\"text\":\"x</script><img src=x onerror=alert(1)><!--<script>\"};";

    private static Document pageWith(String script) {
        Document page = Document.createShell("");
        page.head().appendElement("script").attr("initial", "").appendChild(new DataNode(script));
        return Jsoup.parse(page.outerHtml());
    }

    @Test
    void written_as_it_is_the_state_closes_its_script_and_the_rest_is_read_as_html() {
        assertThat(pageWith(STATE).select("img")).isNotEmpty();
    }

    @Test
    void escaped_it_stays_inside_its_script_and_means_the_same_to_javascript() {
        Document reparsed = pageWith(SafeInitialScript.escaped(STATE));

        assertThat(reparsed.select("img")).as("nothing leaks out of the script").isEmpty();
        assertThat(reparsed.select("script")).hasSize(1);
        assertThat(reparsed.selectFirst("script").data())
                .isEqualTo("window.Vaadin.TypeScript={\"text\":\"x<\\/script><img src=x onerror=alert(1)>"
                        + "<\\!--<script>\"};");
    }
}
