import Crypto
import Foundation

/// SHA-256 as lowercase hex, the form the store and `sha256sum` use.
enum SHA256Hex {
    private static let digits = Array("0123456789abcdef")

    static func of(_ data: Data) -> String {
        var text = ""
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return text
    }
}
