import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// A document with its items, what is missing, its deadlines, events and current text.
    public func document(reference: String) throws(EngineError) -> DocumentView {
        let settings = try deadlineSettings()
        return try storeRead { db in
            let record = try self.document(reference, expectedVersion: nil, in: db)
            return try self.view(try self.load(record, in: db), settings: settings, in: db)
        }
    }

    /// Documents matching the filter, oldest first, windowed.
    public func documents(_ filter: DocumentFilter, limit: Int, offset: Int = 0) throws(EngineError)
        -> [DocumentRecord]
    {
        try storeRead { db in try DocumentRecords.list(filter, limit: limit, offset: offset, in: db) }
    }

    /// The documents the advisor proposes drafting next for an item (evidence first, threat to
    /// life first, never a notice for lawful adult content alone).
    public func proposals(reference: String) throws(EngineError) -> [DraftProposal] {
        try storeRead { db in
            let item = try self.item(reference.uppercased(), expectedVersion: nil, in: db)
            return try self.proposals(for: item, in: db)
        }
    }

    func proposals(for item: Item, in db: StoreTransaction) throws -> [DraftProposal] {
        let documents = try DocumentRecords.list(DocumentFilter(itemID: item.id), limit: 1000, in: db)
        let fields = try ItemRecords.workflowFields(itemID: item.id, in: db)
        let person = try item.personID.flatMap { try PeopleRecords.find(id: $0, in: db) }
        let overridden = try WishRecords.overrides(itemIDs: [item.id], in: db).contains { $0.kind == .noPolice }
        return WorkflowAdvisor.proposals(
            item: item, documents: documents.map(\.snapshot), indicators: fields.triage.indicators,
            wishes: person?.structuredWishes ?? [], policeOverridden: overridden)
    }

    func view(_ loaded: LoadedDocument, settings: DeadlineSettings, in db: StoreTransaction) throws -> DocumentView {
        let record = loaded.record
        let missing =
            record.status.hasBeenSent || record.status == .withdrawn
            ? [] : try missingElements(loaded)
        let references = loaded.items.map(\.reference)
        let threat = loaded.items.contains(where: \.threatToLife)
        let deadlines = try DeadlineRecords.forDocument(record.id, in: db).map { entry in
            deadlineRow(
                entry, kind: record.kind, status: record.status, reference: record.reference, items: references,
                recipientName: recipientName(record), threatToLife: threat, catalog: settings.catalog)
        }
        return DocumentView(
            record: record, items: loaded.items, recipientName: recipientName(record),
            parentReference: loaded.parent?.reference, missing: missing, deadlines: deadlines,
            events: try AuditTrail.events(entity: "document", entityID: record.reference, in: db),
            rendered: try currentText(loaded),
            // Enforced wishes first (the engine refuses what they forbid), then the person's words.
            wishes: (loaded.person?.structuredWishes.map { "\($0.description) [enforced: \($0.token)]" } ?? [])
                + (loaded.person?.wishes ?? []),
            openSendAttempt: try SendAttemptRecords.open(documentID: record.id, in: db))
    }
}
