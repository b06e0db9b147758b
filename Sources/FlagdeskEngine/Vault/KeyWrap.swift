import Crypto
import FlagdeskStore
import Foundation

/// The secret that wraps the data key, once read: the key file's bytes or the passphrase.
enum WrappingSecret: Sendable {
    case keyFile(Data, path: String)
    case passphrase(String)
}

/// Wrapping and unwrapping the data key with AES-GCM. The associated data binds the wrapped
/// key to its id and wrapping (and the scrypt parameters), so swapping rows or lowering the
/// stored cost makes unwrapping fail instead of yielding a weaker key.
enum KeyWrap {
    static func associatedData(keyID: String, wrapping: KeyWrapping) -> Data {
        switch wrapping {
        case .keyFile:
            return Data("vault_keys/\(keyID)/key-file".utf8)
        case .passphrase(let s):
            return Data("vault_keys/\(keyID)/passphrase/scrypt/\(s.log2N)/\(s.r)/\(s.p)".utf8)
        }
    }

    static func wrappingKey(_ secret: WrappingSecret, for wrapping: KeyWrapping) throws(EngineError) -> SymmetricKey {
        switch (secret, wrapping) {
        case (.keyFile(let bytes, _), .keyFile):
            return SymmetricKey(data: bytes)
        case (.passphrase(let words), .passphrase(let settings)):
            return try PassphraseKDF.wrappingKey(passphrase: words, settings: settings)
        default:
            throw .refused("the store's key is wrapped by a \(wrapping.name), not by what was given")
        }
    }

    static func wrap(
        _ dataKey: DataKey, with secret: WrappingSecret, as wrapping: KeyWrapping, at now: Date, by actor: String
    ) throws(EngineError) -> WrappedDataKey {
        let kek = try wrappingKey(secret, for: wrapping)
        let raw = dataKey.key.withUnsafeBytes { Data($0) }
        do {
            let box = try AES.GCM.seal(
                raw, using: kek, authenticating: associatedData(keyID: dataKey.id, wrapping: wrapping))
            guard let combined = box.combined else { throw EngineError.store("AES-GCM produced no ciphertext") }
            return WrappedDataKey(
                keyID: dataKey.id, createdAt: now, createdBy: actor, wrapping: wrapping, wrappedKey: combined)
        } catch {
            throw .store("cannot wrap the data key: \(error)")
        }
    }

    static func unwrap(_ wrapped: WrappedDataKey, with secret: WrappingSecret) throws(EngineError) -> DataKey {
        let kek = try wrappingKey(secret, for: wrapped.wrapping)
        do {
            let box = try AES.GCM.SealedBox(combined: wrapped.wrappedKey)
            let raw = try AES.GCM.open(
                box, using: kek, authenticating: associatedData(keyID: wrapped.keyID, wrapping: wrapped.wrapping))
            return DataKey(id: wrapped.keyID, key: SymmetricKey(data: raw))
        } catch {
            switch secret {
            case .passphrase:
                throw .refused("wrong passphrase: it does not open this store's key \(wrapped.keyID)")
            case .keyFile(_, let path):
                throw .refused(
                    "the key file \(path) does not open this store's key \(wrapped.keyID): it belongs to another "
                        + "store or was replaced; restore the right key file or set [security] key_file")
            }
        }
    }
}
