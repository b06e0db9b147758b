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
        try seal(plaintext, bound: DataKey.associatedData(documentID: documentID, field: field, keyID: id), field)
    }

    /// Opens a sealed document value; the error names the field, never the content.
    func openDocumentValue(_ sealed: Data, documentID: Int64, field: String) throws(EngineError) -> Data {
        guard let parsed = SealedFormat.decode(sealed), parsed.keyID == id else {
            throw .integrity(
                "the sealed \(field) of document #\(documentID) is not sealed with the store's key \(id)")
        }
        guard
            let plaintext = open(
                box: parsed.box, bound: DataKey.associatedData(documentID: documentID, field: field, keyID: id))
        else {
            throw .integrity(
                "the sealed \(field) of document #\(documentID) does not open: it was altered or moved from "
                    + "another document or field")
        }
        return plaintext
    }
}
