package com.claimboard.shared.fetching;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Which IP addresses belong to the public internet, and which to someone's private network. */
final class PublicAddresses {

    private PublicAddresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isPublicV6(v6.getAddress());
        }
        return false;
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0 // "this network"
                || b0 == 10
                || b0 == 127
                || (b0 == 100 && b1 >= 64 && b1 <= 127) // carrier-grade NAT
                || (b0 == 169 && b1 == 254)
                || (b0 == 172 && b1 >= 16 && b1 <= 31)
                || (b0 == 192 && b1 == 0 && b2 == 0) // IETF protocol assignments
                || (b0 == 192 && b1 == 0 && b2 == 2) // documentation
                || (b0 == 192 && b1 == 88 && b2 == 99) // 6to4 relay anycast
                || (b0 == 192 && b1 == 168)
                || (b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking
                || (b0 == 198 && b1 == 51 && b2 == 100) // documentation
                || (b0 == 203 && b1 == 0 && b2 == 113) // documentation
                || b0 >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicV6(byte[] a) {
        int first = a[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7
        }
        if (first == 0xfe && (a[1] & 0xc0) == 0x80) {
            return false; // link-local fe80::/10
        }
        if (first == 0xfe && (a[1] & 0xc0) == 0xc0) {
            return false; // deprecated site-local fec0::/10
        }
        if (first == 0xff) {
            return false;
        }
        boolean leadingZeros = true;
        for (int i = 0; i < 10; i++) {
            leadingZeros &= a[i] == 0;
        }
        if (leadingZeros) {
            // ::, ::1, IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d): never fetched.
            return false;
        }
        if (first == 0x20 && a[1] == 0x01 && a[2] == 0x0d && (a[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        if (first == 0x20 && a[1] == 0x01 && a[2] == 0 && a[3] == 0) {
            return false; // Teredo 2001::/32 tunnels to an embedded IPv4 address
        }
        if (first == 0x20 && a[1] == 0x02) {
            return false; // 6to4 2002::/16 embeds an IPv4 address
        }
        if (first == 0x00 && a[1] == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return false; // NAT64 64:ff9b::/96 embeds an IPv4 address
        }
        return (first & 0xe0) == 0x20; // global unicast 2000::/3
    }
}
