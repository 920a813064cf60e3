package com.claimboard.shared.fetching;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host name up; the system's resolver in production, a fixed answer in tests. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
