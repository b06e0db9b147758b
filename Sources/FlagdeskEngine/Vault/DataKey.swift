import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation

/// The data key that seals people's identity, contact and mandate document (issue #8): 256
/// random bits used with AES-GCM. It lives only in memory; the store holds it wrapped.
struct DataKey {
    let id: String
    let key: SymmetricKey

    /// A fresh random key with a fresh random id.
    static func generate() -> DataKey {
        DataKey(
            id: SymmetricKey(size: SymmetricKeySize(bitCount: 64)).withUnsafeBytes { Array($0) }.lowercaseHex,
            key: SymmetricKey(size: .bits256))
    }

    /// What a sealed value is bound to: its row, its column and the key. A ciphertext copied to
    /// another person or another column, or presented under another key id, fails to open.
    static func associatedData(personID: Int64, field: SealedField, keyID: String) -> Data {
        Data("people/\(personID)/\(field.rawValue)/\(keyID)".utf8)
    }

    func seal(_ plaintext: Data, personID: Int64, field: SealedField) throws(EngineError) -> Data {
        try seal(plaintext, bound: DataKey.associatedData(personID: personID, field: field, keyID: id), field.rawValue)
    }

    /// AES-GCM under this key, bound to `aad`, in Flagdesk's sealed format; `label` names the
    /// field in an error (never the content). Every sealed value goes through here.
    func seal(_ plaintext: Data, bound aad: Data, _ label: String) throws(EngineError) -> Data {
        do {
            let box = try AES.GCM.seal(plaintext, using: key, authenticating: aad)
            guard let combined = box.combined else { throw EngineError.store("AES-GCM produced no ciphertext") }
            return SealedFormat.encode(keyID: id, box: combined)
        } catch {
            throw .store("cannot seal \(label): \(error)")
        }
    }

    /// Opens a box sealed by `seal(_:bound:_:)`; nil when it was altered or bound to something else.
    func open(box: Data, bound aad: Data) -> Data? {
        try? AES.GCM.open(AES.GCM.SealedBox(combined: box), using: key, authenticating: aad)
    }

    /// Opens a sealed value. The error names the field and the reason, never the content.
    func open(_ sealed: Data, personID: Int64, field: SealedField) throws(EngineError) -> Data {
        guard let parsed = SealedFormat.decode(sealed) else {
            throw .integrity("the sealed \(field.rawValue) of person #\(personID) is not in Flagdesk's sealed format")
        }
        guard parsed.keyID == id else {
            throw .integrity(
                "the sealed \(field.rawValue) of person #\(personID) names key \(parsed.keyID), "
                    + "but the store's key is \(id)")
        }
        guard
            let plaintext = open(
                box: parsed.box, bound: DataKey.associatedData(personID: personID, field: field, keyID: id))
        else {
            throw .integrity(
                "the sealed \(field.rawValue) of person #\(personID) does not open: it was altered or moved from "
                    + "another row or column")
        }
        return plaintext
    }
}

/// Layout of a sealed value: format byte 1, key id length, key id (ASCII), then AES-GCM's
/// nonce (12 bytes), ciphertext and tag (16 bytes).
enum SealedFormat {
    static let version: UInt8 = 1

    static func encode(keyID: String, box: Data) -> Data {
        let id = Data(keyID.utf8)
        var out = Data([version, UInt8(id.count)])
        out.append(id)
        out.append(box)
        return out
    }

    static func decode(_ data: Data) -> (keyID: String, box: Data)? {
        let bytes = [UInt8](data)
        guard bytes.count >= 2, bytes[0] == version else { return nil }
        let idLength = Int(bytes[1])
        // 12-byte nonce + 16-byte tag at least.
        guard idLength > 0, bytes.count >= 2 + idLength + 28 else { return nil }
        let keyID = String(decoding: bytes[2..<(2 + idLength)], as: UTF8.self)
        return (keyID, Data(bytes[(2 + idLength)...]))
    }

    /// The key id a sealed value names, nil when it is not in the format.
    static func keyID(of data: Data) -> String? { decode(data)?.keyID }
}
