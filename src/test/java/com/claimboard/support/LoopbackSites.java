package com.claimboard.support;

import com.claimboard.shared.fetching.AddressPolicy;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Real web sites on loopback ports, as many as a test opens, and the test-only fetch policy that allows exactly
 * those ports on loopback (and nothing else private). Each site is closed with the context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LoopbackSites implements org.springframework.beans.factory.DisposableBean {

    private final Set<Integer> ports = ConcurrentHashMap.newKeySet();
    private final List<LocalHttpServer> open = new ArrayList<>();

    /** A new site the fetcher may reach. */
    public synchronized LocalHttpServer open() {
        LocalHttpServer site = new LocalHttpServer();
        ports.add(site.port());
        open.add(site);
        return site;
    }

    /** A port nothing listens on now, which the fetcher may reach (for a site that is down, then up). */
    public int allowedFreePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ports.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Bean
    @Primary
    AddressPolicy loopbackSitesPolicy() {
        AddressPolicy publicInternet = AddressPolicy.publicInternet();
        return (address, port) ->
                (address.isLoopbackAddress() && ports.contains(port)) || publicInternet.permits(address, port);
    }

    @Override
    public synchronized void destroy() {
        open.forEach(LocalHttpServer::close);
        open.clear();
    }
}
