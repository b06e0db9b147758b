import Crypto

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal, as SHA-256 values are stored and shown. Hand-written because
    /// `String(format:)` is slow on Linux and hashes are computed on every event and evidence file.
    var lowercaseHex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension SHA256.Digest {
    var lowercaseHex: String { Array(self).lowercaseHex }
}
