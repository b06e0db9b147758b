/// IPv4 hosts read the way browsers read them (WHATWG URL Standard, "IPv4 parser"), so that an
/// obfuscated address is recognised for what it is: `0x7f.1`, `0177.0.0.1` and `2130706433` are
/// all 127.0.0.1. Each part is decimal, hexadecimal after `0x`, or octal after a leading `0`;
/// the last part fills the remaining bytes.
enum IPv4Parser {
    /// Whether a host's last label makes it an IPv4 address (WHATWG "ends in a number"): all
    /// digits, or a `0x` hexadecimal number. Such a host is an address or it is invalid.
    static func endsInANumber(_ label: String) -> Bool {
        if !label.isEmpty, label.unicodeScalars.allSatisfy(URLCharacterClass.isDigit) { return true }
        return number(label) != nil && (label.hasPrefix("0x") || label.hasPrefix("0X"))
    }

    /// Dotted-decimal text of the address the labels denote, or nil if they denote none.
    static func parse(_ labels: [String]) -> String? {
        guard (1...4).contains(labels.count) else { return nil }
        var numbers: [UInt64] = []
        for label in labels {
            guard let value = number(label) else { return nil }
            numbers.append(value)
        }
        guard numbers.dropLast().allSatisfy({ $0 <= 255 }) else { return nil }
        let lastLimit = UInt64(1) << (8 * UInt64(5 - numbers.count))
        guard let last = numbers.last, last < lastLimit else { return nil }
        var address = last
        for (index, value) in numbers.dropLast().enumerated() {
            address += value << (8 * UInt64(3 - index))
        }
        return (0..<4).map { String((address >> (8 * UInt64(3 - $0))) & 0xFF) }.joined(separator: ".")
    }

    /// One part: `0x` hexadecimal (empty digits mean 0), leading-zero octal, or decimal.
    /// Nil for anything else, or a value past 2^32 (no address part can be that large).
    private static func number(_ text: String) -> UInt64? {
        guard !text.isEmpty else { return nil }
        var digits = Substring(text)
        var radix: UInt64 = 10
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            digits = digits.dropFirst(2)
            radix = 16
        } else if digits.count > 1, digits.hasPrefix("0") {
            digits = digits.dropFirst()
            radix = 8
        }
        var value: UInt64 = 0
        for scalar in digits.unicodeScalars {
            guard let digit = URLCharacterClass.hexValue(scalar), UInt64(digit) < radix else { return nil }
            value = value * radix + UInt64(digit)
            guard value <= UInt64(UInt32.max) + 1 else { return nil }
        }
        return value
    }
}
