package com.claimboard.shared.fetching;

import java.net.InetAddress;

/** Decides which network addresses the fetcher may connect to. */
@FunctionalInterface
public interface AddressPolicy {

    boolean permits(InetAddress address, int port);

    /** The production policy: only public unicast addresses, on any port. */
    static AddressPolicy publicInternet() {
        return (address, port) -> PublicAddresses.isPublic(address);
    }

    /** This policy, and also exactly one more address and port (for a test server on loopback). */
    default AddressPolicy alsoAllowing(InetAddress extra, int extraPort) {
        return (address, port) -> (address.equals(extra) && port == extraPort) || permits(address, port);
    }
}
