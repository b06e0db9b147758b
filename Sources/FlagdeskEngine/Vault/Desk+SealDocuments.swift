import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk keys seal-documents` moved into the sealed form.
public struct DocumentSealing: Sendable, Equatable, Encodable {
    /// The documents whose identity or contact fields were in clear, by reference.
    public var documents: [String]
    /// How many field values were sealed.
    public var fields: Int
    /// How many sent texts carrying them were sealed.
    public var texts: Int
}

extension Desk {
    /// Moves the identity and contact fields typed before migration `v19-victims-d` (and the sent
    /// texts that carry them) into the sealed form, in one transaction whose old pages are
    /// zeroed: all of them or, without the vault key, none (refused with the fix). Coordinators
    /// only; on the trail per document, never with a value.
    public func sealDocumentFields() throws(EngineError) -> DocumentSealing {
        try requireCoordinator(to: "seal the identity fields of documents written before they were sealed")
        let actor = self.actor
        let now = self.now
        do {
            return try store.writeErasingOldPages { db in
                let pending = try self.documentsInClear(in: db)
                var sealing = DocumentSealing(documents: [], fields: 0, texts: 0)
                guard !pending.isEmpty else { return sealing }
                let key = try self.documentKey(
                    "\(pending.count) document(s) written before identity fields were sealed", in: db)
                for document in pending {
                    let fields = IdentityFields.clearValues(in: document.content).keys.sorted()
                    try self.storeIdentityFields(document.content, documentID: document.id, key: key, in: db)
                    try SealedDocumentRecords.replaceFields(
                        documentID: document.id, content: IdentityFields.withPlaceholders(document.content), in: db)
                    var payload = ["fields": fields.joined(separator: ","), "key_id": key.id]
                    if let text = document.frozenText {
                        let sealed = try key.sealDocumentValue(
                            Data(text.utf8), documentID: document.id, field: SealedDocumentRecords.textAsSent)
                        try SealedDocumentRecords.sealFrozenText(documentID: document.id, sealed: sealed, in: db)
                        payload["text_as_sent"] = "sealed"
                        sealing.texts += 1
                    }
                    try self.audit(
                        actor: actor, at: now, entity: "document", id: document.reference, action: "seal-fields",
                        payload, in: db)
                    sealing.documents.append(document.reference)
                    sealing.fields += fields.count
                }
                return sealing
            }
        } catch {
            throw EngineError.domain(error) ?? (error as? StoreError).map(EngineError.init) ?? .store("\(error)")
        }
    }

    /// Documents whose clear JSON still carries an identity or contact value.
    func documentsInClear(in db: StoreTransaction) throws
        -> [(id: Int64, reference: String, content: DocumentContent, frozenText: String?)]
    {
        let kinds = DocumentKind.allCases.filter { !IdentityFields.fields(of: $0).isEmpty }
        return try SealedDocumentRecords.candidates(kinds: kinds, in: db).filter {
            !IdentityFields.clearValues(in: $0.content).isEmpty
        }
    }
}
