package com.claimboard.support.desk;

import com.claimboard.ClaimboardApplication;
import com.claimboard.article.ArticleDraft;
import com.claimboard.article.ArticleService;
import com.claimboard.claim.ClaimService;
import com.claimboard.claim.ClaimSummary;
import com.claimboard.shared.fetching.AddressPolicy;
import com.claimboard.source.FetchState;
import com.claimboard.source.SourceService;
import com.claimboard.source.SourceSummary;
import com.claimboard.source.Stance;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole application in a process of its own, for a test that kills it ({@code kill -9}) and starts it again
 * on the same database. {@code attach DB PORT}: a reviewer attaches a source on a loopback port and the process
 * says so, then waits to be killed. {@code resume DB PORT CLAIM SOURCE}: waits for that source to be stored and
 * says how. Only the given port on loopback may be fetched.
 */
public final class DeskProcess {

    private DeskProcess() {}

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        SpringApplication application = new SpringApplication(ClaimboardApplication.class, LoopbackPort.class);
        application.setAdditionalProfiles("test");
        ConfigurableApplicationContext context = application.run(
                "--spring.datasource.url=" + args[1],
                "--server.port=0",
                "--desk.port=" + args[2],
                "--spring.main.allow-bean-definition-overriding=true");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "rita", "n/a", List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"))));
        SourceService sources = context.getBean(SourceService.class);
        if (mode.equals("attach")) {
            ArticleService articles = context.getBean(ArticleService.class);
            ClaimService claims = context.getBean(ClaimService.class);
            long articleId = articles.importArticle(
                    new ArticleDraft("Road safety", "Road deaths fell by a tenth last year.", null, null, null));
            ClaimSummary card = claims.cardsOf(articleId).getFirst();
            claims.take(card.id(), card.version());
            SourceSummary source =
                    sources.attach(card.id(), "http://127.0.0.1:" + args[2] + "/report", Stance.SUPPORTS);
            System.out.println("DESK ATTACHED " + card.id() + " " + source.id());
            Thread.sleep(Long.MAX_VALUE);
        }
        long claimId = Long.parseLong(args[3]);
        long sourceId = Long.parseLong(args[4]);
        for (int wait = 0; wait < 600; wait++) {
            SourceSummary source = sources.sourcesOf(claimId).stream()
                    .filter(s -> s.id() == sourceId)
                    .findFirst()
                    .orElseThrow();
            if (source.state() != FetchState.PENDING) {
                System.out.println("DESK DONE " + source.state() + " " + source.attempts() + " " + source.title());
                context.close();
                System.exit(0);
            }
            Thread.sleep(100);
        }
        System.out.println("DESK STILL PENDING");
        System.exit(1);
    }

    /**
     * The one loopback port this process may fetch from, besides the public internet. Registered by hand, not
     * annotated: the application's component scan, which sees the test classes too, must not find it.
     */
    static class LoopbackPort {

        @Bean
        @Primary
        AddressPolicy deskLoopbackPolicy(@Value("${desk.port}") int port) {
            AddressPolicy publicInternet = AddressPolicy.publicInternet();
            return (address, candidate) ->
                    (address.isLoopbackAddress() && candidate == port) || publicInternet.permits(address, candidate);
        }
    }
}
