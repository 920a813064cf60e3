package com.claimboard.source;

import com.claimboard.source.fetching.AddressPolicy;
import com.claimboard.source.fetching.FetchLimits;
import com.claimboard.source.fetching.SafeFetcher;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
class SourceConfiguration {

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

    /** A small pool: a slow site must not hold up the others, nor may many fetches crowd out the UI. */
    @Bean
    Executor sourceFetchExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("source-fetch-");
        executor.initialize();
        return executor;
    }
}
