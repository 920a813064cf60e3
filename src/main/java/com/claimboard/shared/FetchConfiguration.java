package com.claimboard.shared;

import com.claimboard.shared.fetching.AddressPolicy;
import com.claimboard.shared.fetching.FetchLimits;
import com.claimboard.shared.fetching.SafeFetcher;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The safe fetcher every module uses (article import by URL, source snapshots), and the pool on which the import
 * screen fetches or reads a page while the person waits for its preview. Sources are fetched by persistent jobs
 * instead ({@code source.FetchJobs}).
 */
@Configuration
class FetchConfiguration {

    /** Only the public internet. Tests that fetch from a loopback server replace this bean, nothing else does. */
    @Bean
    AddressPolicy fetchAddressPolicy() {
        return AddressPolicy.publicInternet();
    }

    @Bean
    SafeFetcher safeFetcher(
            AddressPolicy policy,
            @Value("${claimboard.fetcher.timeout:15s}") Duration timeout,
            @Value("${claimboard.fetcher.max-bytes:5242880}") int maxBytes,
            @Value("${claimboard.fetcher.max-redirects:5}") int maxRedirects) {
        return new SafeFetcher(policy, new FetchLimits(timeout, maxBytes, maxRedirects));
    }

    /** A small pool for import previews: many at once must not crowd out the UI. */
    @Bean
    ThreadPoolTaskExecutor fetchExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("fetch-");
        executor.initialize();
        return executor;
    }
}
