extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal, as SHA-256 values are stored and shown: the one encoder for
    /// digests everywhere. Hand-written because `String(format:)` is slow on Linux and hashes are
    /// computed on every event and evidence file.
    public var lowercaseHex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
