/// Path and query in one canonical percent-encoded form (RFC 3986 §6.2.2), so that spellings
/// of the same URL compare equal:
/// - hex digits of `%XX` in upper case; `%XX` of an unreserved character (letters, digits,
///   `-._~`) decoded, since the two are equivalent; no other `%XX` is ever decoded, so
///   `%2F` stays distinct from `/` and `%3F` from `?`;
/// - non-ASCII characters as the `%XX` of their UTF-8 bytes; spaces and the ASCII characters
///   RFC 3986 does not allow in a URL (`"<>\^`{|}`) encoded too; a `%` not followed by two hex
///   digits stays as it is, as browsers send it (WHATWG URL Standard): `%25` would name another
///   resource (`/foo%2zbar` is not `/foo%252zbar`). An encoded hex digit right after such a `%`
///   stays encoded, or decoding it would make a `%XX` that was not there and the stored form
///   would not normalise to itself;
/// - in the path, `\` is `/` (as in browsers) and dot segments are removed (§5.2.4), `%2E`
///   counting as `.`; an empty path is `/`. In the query, `\` is encoded.
enum URLComponentEncoder {
    static func normalizePath(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let encoded = encode(scalars, isPath: true)
        return encoded.isEmpty ? "/" : removeDotSegments(encoded)
    }

    static func normalizeQuery(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        encode(scalars, isPath: false)
    }

    private static func encode(_ scalars: ArraySlice<Unicode.Scalar>, isPath: Bool) -> String {
        var output = ""
        output.reserveCapacity(scalars.count)
        var index = scalars.startIndex
        // Scalars written since the last stray `%` (nil: none yet, or too far back to matter).
        var sinceStray: Int?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index += 1
            if scalar == "%" {
                if index + 1 < scalars.endIndex, let high = URLCharacterClass.hexValue(scalars[index]),
                    let low = URLCharacterClass.hexValue(scalars[index + 1])
                {
                    let byte = high << 4 | low
                    let formsEscape =
                        URLCharacterClass.hexValue(Unicode.Scalar(byte)) != nil
                        && (sinceStray == 0 || (sinceStray == 1 && output.unicodeScalars.last.map(isHex) == true))
                    if URLCharacterClass.isUnreserved(byte) && !formsEscape {
                        output.unicodeScalars.append(Unicode.Scalar(byte))
                        sinceStray = sinceStray.map { $0 + 1 }
                    } else {
                        appendPercentEncoded(byte, to: &output)
                        sinceStray = nil
                    }
                    index += 2
                } else {
                    output += "%"
                    sinceStray = 0
                    continue
                }
            } else if scalar == "\\" && isPath {
                output += "/"
                sinceStray = nil
            } else if scalar.isASCII && !mustEncode(scalar) {
                output.unicodeScalars.append(scalar)
                sinceStray = sinceStray.map { $0 + 1 }
            } else {
                for byte in String(scalar).utf8 { appendPercentEncoded(byte, to: &output) }
                sinceStray = nil
            }
        }
        return output
    }

    private static func isHex(_ scalar: Unicode.Scalar) -> Bool { URLCharacterClass.hexValue(scalar) != nil }

    /// ASCII that may not appear raw in a URI (RFC 3986 §2): controls (already refused at
    /// intake), space and `"<>\^`{|}`.
    private static func mustEncode(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains(scalar)
    }

    private static func appendPercentEncoded(_ byte: UInt8, to output: inout String) {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        output.unicodeScalars.append("%")
        output.unicodeScalars.append(digits[Int(byte >> 4)])
        output.unicodeScalars.append(digits[Int(byte & 0x0F)])
    }

    /// RFC 3986 §5.2.4 for an absolute path: `.` segments vanish, `..` removes the segment
    /// before it (never going above the root); a path ending in `.` or `..` keeps its final `/`.
    static func removeDotSegments(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var output: [Substring] = []
        for (offset, segment) in segments.enumerated() {
            let isLast = offset == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }
}
