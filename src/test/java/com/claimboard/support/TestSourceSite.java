package com.claimboard.support;

import com.claimboard.source.fetching.AddressPolicy;
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
                .redirect("/go-private", "http://169.254.169.254/latest/meta-data/")
                .on("/image.png", exchange -> LocalHttpServer.send(exchange, 200, "image/png", new byte[] {1, 2, 3}));
    }

    @Bean
    @Primary
    AddressPolicy testFetchAddressPolicy(LocalHttpServer sourceSite) {
        return AddressPolicy.publicInternet().alsoAllowing(sourceSite.address(), sourceSite.port());
    }
}
