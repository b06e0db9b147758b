import FlagdeskCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Refuses connections into loopback, link-local, private and unique-local addresses, for the
/// first request and for every redirect, unless `[capture] allow_private_addresses` is true.
/// The host's name is resolved here and every address it has must be public. Not covered: a
/// name whose DNS answer changes between this check and the connection (DNS rebinding).
struct DestinationGuard: Sendable {
    let allowPrivate: Bool

    /// The reason `url` may not be fetched, or nil.
    func refusal(for url: URL) -> String? {
        guard !allowPrivate else { return nil }
        guard let host = url.host, !host.isEmpty else { return "no host in \(url.absoluteString)" }
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let addresses = Self.resolve(name)
        guard !addresses.isEmpty else { return nil }  // unresolvable: the fetch itself fails and says so
        for address in addresses {
            if case .restricted(let kind) = AddressScope.of(address) {
                return "\(TerminalSanitizer.sanitizeURL(name)) is a \(kind) address, inside a private network; "
                    + "set `allow_private_addresses = true` under [capture] to allow it"
            }
        }
        return nil
    }

    /// Every address the name resolves to (a literal gives itself), as bytes.
    static func resolve(_ name: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(list) }
        var found: [[UInt8]] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let address = entry.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        var raw = pointer.pointee.sin_addr
                        found.append(withUnsafeBytes(of: &raw) { Array($0) })
                    }
                case AF_INET6:
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        var raw = pointer.pointee.sin6_addr
                        found.append(withUnsafeBytes(of: &raw) { Array($0) })
                    }
                default: break
                }
            }
            cursor = entry.pointee.ai_next
        }
        return found
    }
}
