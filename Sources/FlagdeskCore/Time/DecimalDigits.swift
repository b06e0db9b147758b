/// Zero-padded decimal numbers written as bytes, for the dates and times the store and the
/// documents print on every row (`String(format:)` is slow on Linux and needs a C locale).
enum DecimalDigits {
    /// Appends `value` with at least `width` digits (`7` at width 2 is `07`), after a minus sign
    /// when negative.
    static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var count = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        for _ in count..<max(width, count) { bytes.append(UInt8(ascii: "0")) }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        var rest = magnitude
        for index in stride(from: start + count - 1, through: start, by: -1) {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
