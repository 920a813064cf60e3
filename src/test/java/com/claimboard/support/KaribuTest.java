package com.claimboard.support;

import com.claimboard.account.AccountService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests: the real views, services and database, with Vaadin mocked by Karibu instead of a
 * browser. A test signs a user in with {@link #signIn}, which also sets the fake request's principal and roles
 * so Vaadin's view access control sees them.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSourceSite.class, WorkflowDriver.class})
@Tag(TestDatabase.TAG)
public abstract class KaribuTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected WorkflowDriver workflow;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.claimboard");
    }

    @BeforeEach
    void setUpVaadin() {
        SignIn.bindTo(context);
        TestAccounts.ensure(accounts);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    protected static void signIn(String username, String... roles) {
        SignIn.as(username, roles);
        Set<String> granted = Set.of(roles);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(() -> username);
        request.setUserInRole((principal, role) -> granted.contains(role));
    }

    /** The texts of the notifications shown so far. */
    protected static java.util.List<String> notifications() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(com.vaadin.flow.component.notification.Notification::getElement)
                .map(element -> element.getProperty("text", ""))
                .toList();
    }

    /** The application's routes, for a test that opens a new UI of its own. */
    protected static Routes routes() {
        return routes;
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
