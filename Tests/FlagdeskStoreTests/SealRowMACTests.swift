import Crypto
import Foundation
import Testing

@testable import FlagdeskStore

/// The row MAC computed from the two pre-keyed hash states (`SealMACer`) is HMAC-SHA256 itself
/// (RFC 2104): every MAC written by an earlier build still checks, and a key longer than the
/// hash block is hashed first as HMAC does.
@Suite("Seal: row MACs are HMAC-SHA256")
struct SealRowMACTests {
    @Test(arguments: [32, 64, 65, 100])
    func theFastMACIsHMACSHA256(keyLength: Int) {
        var generator = SystemRandomNumberGenerator()
        let keyBytes = Data((0..<keyLength).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let key = SealKey(deskID: "desk", bytes: keyBytes)
        let macer = SealMACer(key)
        for length in [0, 1, 55, 56, 63, 64, 65, 500, 5000] {
            var encoder = SealRowEncoder()
            encoder.begin(table: "items", rowid: Int64(length))
            encoder.text(String(repeating: "é", count: length))
            encoder.integer(Int64(length))
            encoder.null()
            let expected = Array(
                HMAC<SHA256>.authenticationCode(for: encoder.bytes, using: SymmetricKey(data: keyBytes)))
            #expect(macer.mac(encoder) == expected, "key \(keyLength) bytes, text \(length)")
            var stored: [UInt8] = []
            macer.stored(encoder, into: &stored)
            #expect(Array(stored.prefix(32)) == expected)
            #expect(Array(stored.dropFirst(32)) == encoder.fieldTags())
            #expect(stored.withUnsafeBytes { macer.matches(encoder, stored: $0) })
            stored[31] ^= 1
            #expect(!stored.withUnsafeBytes { macer.matches(encoder, stored: $0) })
        }
    }
}
