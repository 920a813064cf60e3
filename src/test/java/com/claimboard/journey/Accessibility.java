package com.claimboard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/** axe-core's checks (WCAG 2.2 A and AA, and its best practices) on the page a browser shows. */
final class Accessibility {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(375, 812);

    private Accessibility() {}

    /**
     * No violation at all, each one named with the elements it concerns when there is. {@code excluded}: CSS
     * selectors of elements that are not ours to fix (Vaadin's hidden connection indicator on a workspace page).
     */
    static void assertNoViolations(WebDriver driver, String what, String... excluded) {
        AxeBuilder axe = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"));
        if (excluded.length > 0) {
            axe.exclude(List.of(excluded));
        }
        Results results = axe.analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("%s (%s): %s", what, driver.getCurrentUrl(), describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " — " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                .limit(3)
                                .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
