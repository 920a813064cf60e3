package com.claimboard.support;

import com.claimboard.ClaimboardApplication;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on its embedded default database, in a process of its own: {@code args[1]} is the default
 * database URL with its folder moved to a test's own, everything else as configured. Imports articles one after
 * another, prints "IMPORTED id" as soon as each import has returned, then waits to be killed.
 */
public final class ImportsThenWaits {

    private ImportsThenWaits() {}

    public static void main(String[] args) throws InterruptedException {
        int count = Integer.parseInt(args[0]);
        Map.of(
                        "spring.datasource.url", args[1],
                        "server.port", "0",
                        "claimboard.admin.username", "durable",
                        "claimboard.admin.password", "durable-password",
                        "vaadin.launch-browser", "false",
                        "spring.main.banner-mode", "off")
                .forEach(System::setProperty); // above application.properties, as the environment would be
        ConfigurableApplicationContext context = new SpringApplication(ClaimboardApplication.class).run();
        ArticleService articles = context.getBean(ArticleService.class);
        SignIn.as("durable", "REVIEWER");
        for (int i = 0; i < count; i++) {
            long id = articles.importArticle(new ArticleDraft(
                    "Durable " + i, "Saved article number " + i + " claims 3 percent growth.", null, null, null));
            System.out.println("IMPORTED " + id);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
