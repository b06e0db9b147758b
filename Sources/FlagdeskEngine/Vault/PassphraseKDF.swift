import Crypto
import FlagdeskStore
import Foundation
import _CryptoExtras

/// scrypt (RFC 7914), the memory-hard KDF that turns a passphrase into the key wrapping the data
/// key. swift-crypto's `_CryptoExtras` provides it (backed by BoringSSL).
public struct ScryptCost: Sendable, Equatable {
    public var log2N: Int
    public var r: Int
    public var p: Int

    public init(log2N: Int, r: Int, p: Int) {
        self.log2N = log2N
        self.r = r
        self.p = p
    }

    /// N = 2^17, r = 8, p = 1: 128 MiB and well under a second to unlock in release builds. Tests
    /// pass cheaper costs explicitly; this default is never lowered.
    public static let production = ScryptCost(log2N: 17, r: 8, p: 1)

    var summary: String { "scrypt N=2^\(log2N) r=\(r) p=\(p)" }
}

enum PassphraseKDF {
    static let saltByteCount = 16

    static func newSettings(_ cost: ScryptCost) -> ScryptSettings {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        return ScryptSettings(log2N: cost.log2N, r: cost.r, p: cost.p, salt: salt)
    }

    /// The wrapping key for a passphrase. The passphrase is normalised (NFC) first, so the same
    /// words typed on two terminals that compose accents differently give the same key.
    static func wrappingKey(passphrase: String, settings: ScryptSettings) throws(EngineError) -> SymmetricKey {
        let bytes = Array(passphrase.precomposedStringWithCanonicalMapping.utf8)
        return try derive(bytes, salt: settings.salt, log2N: settings.log2N, r: settings.r, p: settings.p, length: 32)
    }

    static func derive(
        _ password: [UInt8], salt: Data, log2N: Int, r: Int, p: Int, length: Int
    ) throws(EngineError) -> SymmetricKey {
        guard (1...30).contains(log2N), r > 0, p > 0 else {
            throw .integrity("scrypt parameters N=2^\(log2N) r=\(r) p=\(p) are not valid")
        }
        do {
            return try KDF.Scrypt.deriveKey(
                from: password, salt: salt, outputByteCount: length, rounds: 1 << log2N, blockSize: r,
                parallelism: p)
        } catch {
            throw .store("scrypt failed: \(error)")
        }
    }
}
