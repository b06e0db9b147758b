import Foundation

/// The host of a URL in the one ASCII form Flagdesk compares: a lower-case domain name with
/// IDN labels in Punycode, a dotted-decimal IPv4 address, or an IPv6 address (RFC 5952).
///
/// IDN mapping, an approximation of UTS #46 (the mapping IDNA2008 browsers apply):
/// - done: percent-decoding (as browsers do), the ideographic full stops U+3002, U+FF0E and
///   U+FF61 as label separators, Unicode NFKC (which folds fullwidth letters and ligatures, and
///   includes NFC composition: `u` + U+0308 becomes `ü`), full Unicode lower-casing, then NFC
///   again; invisible format characters (soft hyphen, zero-width space and joiners, variation
///   selectors) are dropped, as UTS #46 "ignores" them; each non-ASCII label becomes `xn--`
///   followed by its Punycode (RFC 3492); DNS lengths are enforced (63 per label, 253 in all).
/// - not done: the exact UTS #46 mapping table (case folding such as `ß` stays `ß`, as in
///   non-transitional processing), the IDNA2008 validity rules (disallowed code points beyond
///   spaces, private-use and unassigned ones; the bidi rule; CONTEXTJ/CONTEXTO; hyphen rules),
///   and decoding or validating existing `xn--` labels, which are kept as given (lower-cased).
///   A host a browser refuses may therefore be accepted here; it will not resolve either way.
enum HostNormalizer {
    enum Input: Equatable {
        /// A registered name or an IPv4 address, as written between `//` and the port.
        case name(String)
        /// The text between `[` and `]`.
        case ipv6(String)
    }

    static let maximumLabelLength = 63
    static let maximumHostLength = 253

    static func normalize(_ input: Input) throws(URLNormalizationError) -> String {
        switch input {
        case .ipv6(let text):
            guard !text.utf8.contains(UInt8(ascii: "%")) else {
                throw .invalidHost("IPv6 zone identifiers (after '%') have no meaning in a web address")
            }
            guard let address = IPv6Address(text) else {
                throw .invalidHost("'\(URLNormalizationError.quoted(text))' is not an IPv6 address")
            }
            return address.description
        case .name(let text):
            return try normalizeName(text)
        }
    }

    private static func normalizeName(_ text: String) throws(URLNormalizationError) -> String {
        guard let decoded = percentDecoded(text) else {
            throw .invalidHost("its percent-encoded bytes are not UTF-8 text")
        }
        let mapped = map(decoded)
        var labels = mapped.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.count > 1, labels.last == "" { labels.removeLast() }  // the root's trailing dot
        guard labels != [""] else { throw .missingHost }
        guard !labels.contains("") else { throw .invalidHost("it has an empty label ('..')") }
        if let last = labels.last, IPv4Parser.endsInANumber(last) {
            guard let address = IPv4Parser.parse(labels) else {
                throw .invalidHost(
                    "'\(URLNormalizationError.quoted(mapped))' ends in a number but is not an IPv4 address")
            }
            return address
        }
        var ascii: [String] = []
        for label in labels { ascii.append(try asciiLabel(label)) }
        let host = ascii.joined(separator: ".")
        guard host.utf8.count <= maximumHostLength else {
            throw .invalidHost("it is longer than \(maximumHostLength) characters")
        }
        return host
    }

    /// The UTS #46-like mapping described on the type, before labels are split.
    static func map(_ text: String) -> String {
        // Plain ASCII (nearly every host): NFKC and the ignorable characters change nothing,
        // only the case; Foundation's Unicode mappings would cost most of an import row.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3002, 0xFF0E, 0xFF61: scalars.append(".")
            default: scalars.append(scalar)
            }
        }
        let folded = String(scalars).precomposedStringWithCompatibilityMapping.lowercased()
        var kept = String.UnicodeScalarView()
        for scalar in folded.precomposedStringWithCanonicalMapping.unicodeScalars where !isIgnored(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Invisible characters UTS #46 maps to nothing. Hangul fillers, which are letters that
    /// draw nothing, are not ignored: `asciiLabel` refuses them.
    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isDefaultIgnorableCodePoint && properties.generalCategory != .otherLetter
            && !properties.isBidiControl
    }

    private static func asciiLabel(_ label: String) throws(URLNormalizationError) -> String {
        let scalars = label.unicodeScalars
        for scalar in scalars where !isAllowed(scalar) {
            throw .invalidHost(
                "the character \(describe(scalar)) is not allowed in a host name")
        }
        if scalars.allSatisfy(\.isASCII) {
            guard scalars.count <= maximumLabelLength else { throw labelTooLong(label) }
            return label
        }
        guard !label.hasPrefix("xn--") else {
            throw .invalidHost("'\(URLNormalizationError.quoted(label))' mixes the xn-- prefix with Unicode")
        }
        // Every code point yields at least one Punycode character: reject long labels before encoding.
        guard scalars.count + 4 <= maximumLabelLength, let punycode = Punycode.encode(label),
            punycode.utf8.count + 4 <= maximumLabelLength
        else { throw labelTooLong(label) }
        return "xn--" + punycode
    }

    private static func labelTooLong(_ label: String) -> URLNormalizationError {
        .invalidHost(
            "the label '\(URLNormalizationError.quoted(label))' is longer than \(maximumLabelLength) characters")
    }

    /// ASCII letters, digits, `-` and `_` (seen in real host names); beyond ASCII, anything but
    /// spaces, separators, controls, private-use, unassigned and zero-width letters.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return URLCharacterClass.isLetter(scalar) || URLCharacterClass.isDigit(scalar)
                || scalar == "-" || scalar == "_"
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .privateUse,
            .surrogate, .unassigned:
            return false
        default:
            return !properties.isDefaultIgnorableCodePoint
        }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        let marker = TerminalSanitizer.marker(for: scalar)
        let shown = TerminalSanitizer.sanitizeURL(String(scalar))
        return shown == String(scalar) && scalar.value > 0x20 ? "'\(shown)' (\(marker))" : marker
    }

    /// `%XX` sequences replaced by their bytes, read as UTF-8; nil if the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var bytes: [UInt8] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 2 < scalars.count,
                let high = URLCharacterClass.hexValue(scalars[index + 1]),
                let low = URLCharacterClass.hexValue(scalars[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(contentsOf: String(scalars[index]).utf8)
                index += 1
            }
        }
        return String(bytes: bytes, encoding: .utf8)  // nil for bytes that are not UTF-8
    }

    /// `a.b.c.d`, each part 0-255 without leading zeros: the form `normalize` gives IPv4 hosts.
    static func isDottedDecimalIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                guard let value = Int(part), (0...255).contains(value) else { return false }
                return String(value) == part
            }
    }
}
