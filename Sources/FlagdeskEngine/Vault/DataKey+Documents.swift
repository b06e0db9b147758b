import Crypto
import FlagdeskStore
import Foundation

/// Sealing a document's identity and contact fields and a sent text carrying them (issue #15
/// point 5) with the data key that seals people's values.
extension DataKey {
    /// Bound to the document and the field: a value copied to another document or field, or
    /// presented under another key id, fails to open.
    static func associatedData(documentID: Int64, field: String, keyID: String) -> Data {
        Data("documents/\(documentID)/\(field)/\(keyID)".utf8)
    }

    func sealDocumentValue(_ plaintext: Data, documentID: Int64, field: String) throws(EngineError) -> Data {
        let aad = DataKey.associatedData(documentID: documentID, field: field, keyID: id)
        do {
            let box = try AES.GCM.seal(plaintext, using: key, authenticating: aad)
            guard let combined = box.combined else { throw EngineError.store("AES-GCM produced no ciphertext") }
            return SealedFormat.encode(keyID: id, box: combined)
        } catch {
            throw .store("cannot seal \(field): \(error)")
        }
    }

    /// Opens a sealed document value; the error names the field, never the content.
    func openDocumentValue(_ sealed: Data, documentID: Int64, field: String) throws(EngineError) -> Data {
        guard let parsed = SealedFormat.decode(sealed), parsed.keyID == id else {
            throw .integrity(
                "the sealed \(field) of document #\(documentID) is not sealed with the store's key \(id)")
        }
        let aad = DataKey.associatedData(documentID: documentID, field: field, keyID: id)
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: parsed.box), using: key, authenticating: aad)
        } catch {
            throw .integrity(
                "the sealed \(field) of document #\(documentID) does not open: it was altered or moved from "
                    + "another document or field")
        }
    }
}
