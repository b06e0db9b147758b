/// A URL as Flagdesk stores and compares it (intake, duplicate detection, provider lookup).
/// Two URLs that lead to the same resource in a browser normalise to the same `normalized`
/// text in the common cases (case, IDN, default port, fragment, percent-encoding, dot segments).
public struct NormalizedURL: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The input exactly as given (untrimmed). Hostile: sanitise before showing it.
    public let original: String
    /// `scheme://host[:port]/path[?query]`, ASCII only.
    public let normalized: String
    /// `http` or `https`.
    public let scheme: String
    /// Lower-case ASCII: a domain with IDN labels in Punycode (`xn--...`), a dotted-decimal
    /// IPv4 address, or an IPv6 address in RFC 5952 form without its brackets.
    public let host: String
    /// Only when it is not the scheme's default (80 for http, 443 for https).
    public let port: Int?
    /// Starts with `/`; percent-encoded, dot segments removed.
    public let path: String
    /// Without the `?`; `nil` when the URL has no query or an empty one.
    public let query: String?

    public var description: String { normalized }

    /// Whether the host is an IP address rather than a domain name.
    public var hostIsIPAddress: Bool {
        host.utf8.contains(UInt8(ascii: ":")) || HostNormalizer.isDottedDecimalIPv4(host)
    }
}
