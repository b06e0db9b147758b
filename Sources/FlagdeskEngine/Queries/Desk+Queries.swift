import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// One window of items in queue order (priority first, then oldest).
    public func items(_ filter: ItemFilter, limit: Int, offset: Int = 0) throws(EngineError) -> [Item] {
        try storeRead { db in try ItemRecords.list(filter, limit: limit, offset: offset, in: db) }
    }

    public func itemCount(_ filter: ItemFilter) throws(EngineError) -> Int {
        try storeRead { db in try ItemRecords.count(filter, in: db) }
    }

    /// How many documents match: what a shortened list left out.
    public func documentCount(_ filter: DocumentFilter) throws(EngineError) -> Int {
        try storeRead { db in try DocumentRecords.count(filter, in: db) }
    }

    /// How many open deadlines the query matches, whatever its limit.
    public func deadlineCount(_ query: DeadlineQuery) throws(EngineError) -> Int {
        let before = query.dueBefore(now: now)
        return try storeRead { db in try DeadlineRecords.openCount(dueBefore: before, in: db) }
    }

    /// An item with its evidence, documents and timeline; refused when the reference is unknown.
    public func detail(reference: String) throws(EngineError) -> ItemDetail {
        let wanted = reference.uppercased()
        let directory = self.directory
        let detail = try storeRead { db -> ItemDetail? in
            guard let item = try ItemRecords.find(reference: wanted, in: db) else { return nil }
            let evidence = try EvidenceRecords.forItem(item.id, in: db)
            var events = try AuditReconciliation.itemEvents(reference: item.reference, in: db)
            for row in evidence {
                events += try AuditTrail.events(entity: "evidence", entityID: String(row.id), in: db)
            }
            events.sort { $0.id < $1.id }
            let documents = try DocumentRecords.summaries(forItem: item.id, in: db)
            let duplicate = try item.duplicateOf.flatMap { try ItemRecords.find(id: $0, in: db)?.reference }
            let fields = try ItemRecords.workflowFields(itemID: item.id, in: db)
            return ItemDetail(
                item: item, providerName: item.providerKey.flatMap { directory.provider(key: $0)?.name },
                duplicateOfReference: duplicate, evidence: evidence, documents: documents, events: events,
                triage: fields.triage, noActionReason: fields.noActionReason,
                person: try item.personID.flatMap { try PeopleRecords.find(id: $0, in: db)?.pseudonym },
                proposals: try self.proposals(for: item, in: db), supportHold: fields.supportHold,
                waivers: try WaiverRecords.forItems([item.id], in: db))
        }
        guard let detail else { throw .refused("no item \(reference) in this store") }
        return detail
    }
}
