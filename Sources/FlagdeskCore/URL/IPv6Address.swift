import Foundation

/// An IPv6 address (RFC 4291 §2.2 text forms), written back in the canonical form of RFC 5952:
/// lower-case hex, no leading zeros, the longest run of two or more zero groups (the first
/// one on a tie) as `::`. A trailing dotted IPv4 part is accepted on input and written in hex,
/// as browsers serialise it (`::ffff:192.0.2.1` becomes `::ffff:c000:201`).
struct IPv6Address: Hashable, CustomStringConvertible {
    let groups: [UInt16]

    init?(_ text: String) {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        guard let head = Self.groups(halves[0], allowIPv4: halves.count == 1) else { return nil }
        if halves.count == 1 {
            guard head.count == 8 else { return nil }
            groups = head
            return
        }
        guard let tail = Self.groups(halves[1], allowIPv4: true), head.count + tail.count <= 7 else {
            return nil
        }
        groups = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }

    /// Groups of one side of `::`; the last may be a dotted IPv4 address (two groups).
    private static func groups(_ text: String, allowIPv4: Bool) -> [UInt16]? {
        guard !text.isEmpty else { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var result: [UInt16] = []
        for (index, part) in parts.enumerated() {
            if part.contains("."), allowIPv4, index == parts.count - 1 {
                guard let bytes = dottedDecimal(part) else { return nil }
                result.append(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
                result.append(UInt16(bytes[2]) << 8 | UInt16(bytes[3]))
                continue
            }
            guard (1...4).contains(part.count), let value = UInt16(part, radix: 16),
                part.unicodeScalars.allSatisfy({ URLCharacterClass.hexValue($0) != nil })
            else { return nil }
            result.append(value)
        }
        return result
    }

    /// Strict `a.b.c.d`, each 0-255 in decimal without leading zeros.
    private static func dottedDecimal(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.unicodeScalars.allSatisfy(URLCharacterClass.isDigit),
                part.count == 1 || !part.hasPrefix("0"), let value = UInt8(part)
            else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    var description: String {
        // The longest run of zero groups, if at least two long.
        var best: Range<Int>?
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            let start = index
            while index < 8, groups[index] == 0 { index += 1 }
            if index - start >= 2, index - start > (best?.count ?? 0) { best = start..<index }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard let best else { return hex.joined(separator: ":") }
        return hex[..<best.lowerBound].joined(separator: ":") + "::"
            + hex[best.upperBound...].joined(separator: ":")
    }
}
