import Crypto
import FlagdeskCore
import Foundation

/// SHA-256 as lowercase hex, the form the store and `sha256sum` use.
enum SHA256Hex {
    static func of(_ data: Data) -> String {
        SHA256.hash(data: data).lowercaseHex
    }
}
