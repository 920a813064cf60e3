package com.claimboard.support;

import com.claimboard.shared.fetching.AddressPolicy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A local web site that sources are fetched from in tests, and the test-only fetch policy that allows exactly
 * that site on loopback (and nothing else private).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSourceSite {

    public static final String ARTICLE_PATH = "/evidence/unemployment";
    public static final String NEWS_PATH = "/news/pont-de-normandie";

    @Bean(destroyMethod = "close")
    LocalHttpServer sourceSite() {
        return new LocalHttpServer()
                .html(ARTICLE_PATH, """
                        <!DOCTYPE html><html lang="en"><head><title>Unemployment statistics, third quarter</title>
                        <meta property="og:site_name" content="Statistics Office"></head>
                        <body><nav>Home · Data</nav><article><h1>Unemployment statistics</h1>
                        <p>Unemployment stood at 7.1 percent in the third quarter, unchanged from the second.</p>
                        <p>The figure covers the whole country.</p></article><footer>© Office</footer></body></html>
                        """)
                .html(NEWS_PATH, """
                        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
                        <title>Le pont de Normandie rouvre après six mois de travaux | Le Courrier</title>
                        <meta property="og:site_name" content="Le Courrier">
                        <meta name="author" content="Jeanne Martin">
                        <meta property="article:published_time" content="2026-10-12T07:45:00+02:00">
                        <link rel="canonical" href="https://courrier.example/normandie/pont-rouvre">
                        </head><body><nav><a href="/">Accueil</a> <a href="/normandie">Normandie</a></nav>
                        <article><h1>Le pont de Normandie rouvre après six mois de travaux</h1>
                        <p>Le pont de Normandie a rouvert lundi après six mois de travaux qui ont coûté 42 millions d'euros, a annoncé la préfecture.</p>
                        <p>« Le trafic a doublé en dix ans », a déclaré le président de la chambre de commerce.</p>
                        <p>Les péages augmenteront de 3 % au 1er janvier, selon le concessionnaire.</p>
                        </article><footer>© Le Courrier</footer></body></html>
                        """)
                .redirect("/go-private", "http://169.254.169.254/latest/meta-data/")
                .on(
                        "/binary.html",
                        exchange -> LocalHttpServer.send(exchange, 200, "text/html", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d
                        }))
                .on("/image.png", exchange -> LocalHttpServer.send(exchange, 200, "image/png", new byte[] {1, 2, 3}));
    }

    @Bean
    @Primary
    AddressPolicy testFetchAddressPolicy(LocalHttpServer sourceSite) {
        return AddressPolicy.publicInternet().alsoAllowing(sourceSite.address(), sourceSite.port());
    }
}
