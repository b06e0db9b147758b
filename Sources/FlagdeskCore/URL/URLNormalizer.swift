import Foundation

/// Turns a URL as a flagger pastes it into the form Flagdesk stores, compares for duplicates
/// and looks providers up by, or refuses it with a reason.
///
/// What it does:
/// - trims surrounding whitespace; refuses empty input, input over 8 KiB, control characters
///   and bidi controls anywhere, schemes other than http and https, a missing host, and
///   credentials (`user:pass@`), which can disguise the real host;
/// - reads the URL the way browsers do (WHATWG URL Standard) where they are lenient, so that
///   the host found is the host a click would reach: any run of `/` and `\` after the scheme
///   introduces the host, `\` in the path is `/`, the host is percent-decoded, and hosts such as
///   `0x7f.1` or `2130706433` are IPv4 addresses;
/// - lower-cases the scheme and host, converts IDN labels to Punycode (see `HostNormalizer` for
///   the mapping applied), drops a trailing dot, a default port (80, 443), and the fragment;
/// - normalises the path and query (`URLComponentEncoder`): upper-case percent-encoding hex,
///   UTF-8 percent-encoding of spaces and non-ASCII, decoding of encoded unreserved characters
///   only (RFC 3986 §6.2.2.2), dot segments removed from the path, an empty path is `/`.
public enum URLNormalizer {
    /// Longest accepted input, in bytes of UTF-8 (after trimming).
    public static let maximumLength = 8 * 1024

    public static func normalize(_ input: String) throws(URLNormalizationError) -> NormalizedURL {
        try normalize(input, fastPath: true)
    }

    /// `fastPath: false` is for the test that checks `URLFastPath` agrees with the general path.
    static func normalize(_ input: String, fastPath: Bool) throws(URLNormalizationError) -> NormalizedURL {
        let text = input.trimmedWhitespace
        guard !text.isEmpty else { throw .empty }
        if fastPath, let plain = URLFastPath.normalize(text) {
            return NormalizedURL(
                original: input, normalized: plain.normalized, scheme: plain.scheme, host: plain.host, port: nil,
                path: plain.path, query: plain.query)
        }
        guard text.utf8.count <= maximumLength else { throw .tooLong(bytes: text.utf8.count) }
        let scalars = Array(text.unicodeScalars)
        for scalar in scalars {
            if isControl(scalar) { throw .controlCharacter(scalar) }
            if !scalar.isASCII, scalar.properties.isBidiControl { throw .bidiControl(scalar) }
        }

        let (scheme, afterScheme) = try splitScheme(scalars[...])
        var rest = afterScheme.drop { $0 == "/" || $0 == "\\" }
        let authorityEnd = rest.firstIndex { "/\\?#".unicodeScalars.contains($0) } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        rest = rest[authorityEnd...]
        guard !authority.contains("@") else { throw .credentials }

        let (hostText, portText) = try splitHostAndPort(authority)
        let host = try HostNormalizer.normalize(hostText)
        let port = try parsePort(portText, defaultPort: scheme == "https" ? 443 : 80)

        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let questionMark = rest.firstIndex(of: "?")
        let path = URLComponentEncoder.normalizePath(rest[..<(questionMark ?? rest.endIndex)])
        let query = questionMark.map { URLComponentEncoder.normalizeQuery(rest[($0 + 1)...]) }
        let nonEmptyQuery = query?.isEmpty == false ? query : nil

        let hostPart = host.utf8.contains(UInt8(ascii: ":")) ? "[\(host)]" : host
        let portPart = port.map { ":\($0)" } ?? ""
        let queryPart = nonEmptyQuery.map { "?\($0)" } ?? ""
        let normalized = "\(scheme)://\(hostPart)\(portPart)\(path)\(queryPart)"
        // Normalising the stored form again must give it back (duplicates compare stored forms).
        guard normalized.utf8.count <= maximumLength else { throw .tooLongEncoded(bytes: normalized.utf8.count) }
        return NormalizedURL(
            original: input, normalized: normalized,
            scheme: scheme, host: host, port: port, path: path, query: nonEmptyQuery)
    }

    /// The host and each parent domain, most specific first, for looking a provider up by
    /// suffix: `m.example.com` gives `m.example.com`, `example.com`, `com`. An IP address gives
    /// only itself. Expects a normalised host (`NormalizedURL.host`); case and a trailing dot are
    /// tolerated.
    public static func hostSuffixes(_ host: String) -> [String] {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty else { return [] }
        if name.utf8.contains(UInt8(ascii: ":")) || HostNormalizer.isDottedDecimalIPv4(name) { return [name] }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        return labels.indices.map { labels[$0...].joined(separator: ".") }
    }

    // MARK: - Parts

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// RFC 3986 §3.1: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    private static func isSchemeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        URLCharacterClass.isLetter(scalar) || URLCharacterClass.isDigit(scalar) || "+-.".unicodeScalars.contains(scalar)
    }

    private static func splitScheme(
        _ scalars: ArraySlice<Unicode.Scalar>
    ) throws(URLNormalizationError) -> (String, ArraySlice<Unicode.Scalar>) {
        guard let colon = scalars.firstIndex(of: ":"), let first = scalars.first,
            URLCharacterClass.isLetter(first), scalars[..<colon].allSatisfy(isSchemeCharacter)
        else { throw .missingScheme }
        let scheme = URLCharacterClass.string(scalars[..<colon]).lowercased()
        let rest = scalars[(colon + 1)...]
        if scheme == "http" || scheme == "https" { return (scheme, rest) }
        let named = ["javascript", "vbscript", "data", "file"]
        // `example.com:8080/page` or `localhost:3000`: a host and port written without a scheme.
        if !named.contains(scheme), let next = rest.first, URLCharacterClass.isDigit(next) {
            throw .missingScheme
        }
        throw .unsupportedScheme(scheme)
    }

    private static func splitHostAndPort(
        _ authority: ArraySlice<Unicode.Scalar>
    ) throws(URLNormalizationError) -> (HostNormalizer.Input, ArraySlice<Unicode.Scalar>?) {
        guard !authority.isEmpty else { throw .missingHost }
        if authority.first == "[" {
            guard let close = authority.firstIndex(of: "]") else {
                throw .invalidHost("an IPv6 address must end with ']'")
            }
            let address = URLCharacterClass.string(authority[(authority.startIndex + 1)..<close])
            let after = authority[(close + 1)...]
            guard after.isEmpty || after.first == ":" else {
                throw .invalidHost("unexpected text after the IPv6 address")
            }
            return (.ipv6(address), after.isEmpty ? nil : after.dropFirst())
        }
        guard let colon = authority.lastIndex(of: ":") else {
            return (.name(URLCharacterClass.string(authority)), nil)
        }
        let name = authority[..<colon]
        guard !name.isEmpty else { throw .missingHost }
        return (.name(URLCharacterClass.string(name)), authority[(colon + 1)...])
    }

    private static func parsePort(
        _ scalars: ArraySlice<Unicode.Scalar>?, defaultPort: Int
    ) throws(URLNormalizationError) -> Int? {
        guard let scalars, !scalars.isEmpty else { return nil }  // `example.com:` is allowed
        let text = URLCharacterClass.string(scalars)
        let significant = text.drop { $0 == "0" }
        guard scalars.allSatisfy(URLCharacterClass.isDigit), significant.count <= 5,
            let port = significant.isEmpty ? 0 : Int(significant), port <= 65_535
        else { throw .invalidPort(URLNormalizationError.quoted(text)) }
        return port == defaultPort ? nil : port
    }
}
