/// Whether an IP address is on the public internet or inside someone's own network: capture
/// must not be turned against the organisation's network (a flagged URL, or a redirect from
/// it, pointing at 127.0.0.1, a router at 192.168.0.1 or a cloud metadata service at
/// 169.254.169.254).
public enum AddressScope: Sendable, Equatable {
    case `public`
    /// Loopback, link-local, private, unique-local, shared (CGNAT), multicast, reserved or
    /// unspecified: named for the refusal message.
    case restricted(String)

    /// Classifies 4 (IPv4) or 16 (IPv6) address bytes, in network order.
    public static func of(_ bytes: [UInt8]) -> AddressScope {
        if bytes.count == 4 { return ipv4(bytes[0], bytes[1], bytes[2], bytes[3]) }
        guard bytes.count == 16 else { return .restricted("not an IP address") }
        let zeroPrefix = bytes[0..<10].allSatisfy { $0 == 0 }
        // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms
        // reach the IPv4 address; NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed one.
        if zeroPrefix, (bytes[10] == 0xFF && bytes[11] == 0xFF) || (bytes[10] == 0 && bytes[11] == 0) {
            if bytes[10] == 0, bytes[12..<15].allSatisfy({ $0 == 0 }), bytes[15] <= 1 {
                return bytes[15] == 1 ? .restricted("loopback") : .restricted("unspecified")
            }
            return ipv4(bytes[12], bytes[13], bytes[14], bytes[15])
        }
        if bytes[0..<4] == [0x00, 0x64, 0xFF, 0x9B], bytes[4..<12].allSatisfy({ $0 == 0 }) {
            return ipv4(bytes[12], bytes[13], bytes[14], bytes[15])
        }
        if bytes[0] == 0x20, bytes[1] == 0x02 { return ipv4(bytes[2], bytes[3], bytes[4], bytes[5]) }
        switch bytes[0] {
        case 0xFE where bytes[1] & 0xC0 == 0x80: return .restricted("link-local")
        case 0xFE where bytes[1] & 0xC0 == 0xC0: return .restricted("site-local")
        case 0xFC, 0xFD: return .restricted("unique-local")
        case 0xFF: return .restricted("multicast")
        default: return .public
        }
    }

    private static func ipv4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> AddressScope {
        switch (a, b) {
        case (0, _): return .restricted("unspecified (0.0.0.0/8)")
        case (10, _): return .restricted("private (10.0.0.0/8)")
        case (100, 64...127): return .restricted("shared (100.64.0.0/10)")
        case (127, _): return .restricted("loopback (127.0.0.0/8)")
        case (169, 254): return .restricted("link-local (169.254.0.0/16)")
        case (172, 16...31): return .restricted("private (172.16.0.0/12)")
        case (192, 168): return .restricted("private (192.168.0.0/16)")
        case (192, 0) where c == 0: return .restricted("reserved (192.0.0.0/24)")
        case (198, 18...19): return .restricted("benchmarking (198.18.0.0/15)")
        case (224...239, _): return .restricted("multicast (224.0.0.0/4)")
        case (240...255, _): return .restricted("reserved (240.0.0.0/4)")
        default: return .public
        }
    }
}
