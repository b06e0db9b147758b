/// The common case of `URLNormalizer.normalize` done on bytes: an `http`/`https` URL of
/// printable ASCII with a plain domain name, no port, no credentials, no percent-encoding, no
/// backslash, no dot segment and nothing that needs encoding. Anything else returns nil and
/// takes the general path, so the fast path only has to be right for inputs it accepts (a
/// property test checks it agrees with the general path). An import normalises every row's
/// URL: the general path's Unicode machinery cost more than storing the row.
enum URLFastPath {
    static func normalize(_ text: String) -> NormalizedURL? {
        var bytes = Array(text.utf8)
        guard bytes.count <= URLNormalizer.maximumLength else { return nil }
        for byte in bytes {
            // Printable ASCII only; refuse here what the general path encodes or reads specially.
            guard byte > 0x20, byte < 0x7F else { return nil }
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "\\"), UInt8(ascii: "@"), UInt8(ascii: "\""), UInt8(ascii: "<"),
                UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"),
                UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"):
                return nil
            default: continue
            }
        }
        let schemeLength: Int
        if hasPrefix(bytes, "http://") {
            schemeLength = 4
        } else if hasPrefix(bytes, "https://") {
            schemeLength = 5
        } else {
            return nil
        }
        let hostStart = schemeLength + 3
        var hostEnd = hostStart
        while hostEnd < bytes.count, !isAuthorityEnd(bytes[hostEnd]) { hostEnd += 1 }
        guard hostEnd > hostStart, let host = plainHost(&bytes, hostStart..<hostEnd) else { return nil }

        var rest = bytes[hostEnd...]
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        let questionMark = rest.firstIndex(of: UInt8(ascii: "?"))
        let pathBytes = rest[..<(questionMark ?? rest.endIndex)]
        // A `.` right after a `/` may start a dot segment: the general path removes those.
        for index in pathBytes.indices.dropLast()
        where pathBytes[index] == UInt8(ascii: "/") && pathBytes[index + 1] == UInt8(ascii: ".") {
            return nil
        }
        let path = pathBytes.isEmpty ? "/" : String(decoding: pathBytes, as: UTF8.self)
        let query = questionMark.flatMap { mark -> String? in
            let queryBytes = rest[(mark + 1)...]
            return queryBytes.isEmpty ? nil : String(decoding: queryBytes, as: UTF8.self)
        }
        let scheme = schemeLength == 4 ? "http" : "https"
        return NormalizedURL(
            original: text, normalized: "\(scheme)://\(host)\(path)\(query.map { "?\($0)" } ?? "")",
            scheme: scheme, host: host, port: nil, path: path, query: query)
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: StaticString) -> Bool {
        guard bytes.count > prefix.utf8CodeUnitCount else { return false }
        for index in 0..<prefix.utf8CodeUnitCount {
            let byte = bytes[index]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lowered != prefix.utf8Start[index] { return false }
        }
        return true
    }

    private static func isAuthorityEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    /// A lower-cased domain of letters, digits, `-` and `_` in non-empty labels within DNS
    /// lengths, whose last label does not start with a digit (it could be an IPv4 address).
    /// Lower-cases the bytes in place.
    private static func plainHost(_ bytes: inout [UInt8], _ range: Range<Int>) -> String? {
        var labelLength = 0
        var labelStart = range.lowerBound
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0 else { return nil }
                labelLength = 0
                labelStart = index + 1
                continue
            }
            switch byte {
            case 0x41...0x5A: bytes[index] = byte + 0x20
            case 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "_"): break
            default: return nil  // a port, or anything the general path must judge
            }
            labelLength += 1
            guard labelLength <= HostNormalizer.maximumLabelLength else { return nil }
        }
        guard labelLength > 0, range.count <= HostNormalizer.maximumHostLength,
            !(0x30...0x39).contains(bytes[labelStart])
        else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}
