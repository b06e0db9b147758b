import Crypto
import FlagdeskCore
import Foundation
import GRDB

/// The digest an import records over the items it created (one audit event per import instead
/// of one per item): SHA-256 over `reference TAB normalised URL TAB created_at LF` of each item,
/// in id order. These fields never change after intake, so `verify` can recompute the digest
/// from the items table and tell whether an imported row was altered, added or removed.
public struct ImportDigest {
    private var hasher = SHA256()
    public private(set) var count = 0

    public init() {}

    public mutating func add(reference: String, normalizedURL: String, createdAt: String) {
        hasher.update(data: Array("\(reference)\t\(normalizedURL)\t\(createdAt)\n".utf8))
        count += 1
    }

    public func finalizedHex() -> String {
        hasher.finalize().lowercaseHex
    }
}

/// Checks that the records agree with the audit trail that created them: every item was
/// recorded by an `add` or an import, every document by a `draft`, and each import's items still
/// hash to the digest it recorded. A row inserted behind the engine's back, or an imported row
/// edited in place, shows here even though the chain itself is intact.
public enum AuditReconciliation {
    public static func problems(in db: Database) throws -> [String] {
        var problems: [String] = []
        let items = try Int.fetchOne(db, sql: "SELECT count(*) FROM items") ?? 0
        let added =
            try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM events WHERE entity = 'item' AND action IN ('add', 'import')") ?? 0
        var imported = 0
        for event in try importEvents(in: db) {
            guard let digest = event.payload["items_sha256"], let count = event.payload["items"].flatMap(Int.init)
            else { continue }  // an import recorded before the digest existed has one event per item
            imported += count
            if let problem = try checkDigest(digest, count: count, of: event, in: db) { problems.append(problem) }
        }
        if items != added + imported {
            problems.append(
                "the store holds \(items) items but the audit trail records the creation of \(added + imported)")
        }
        let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
        let drafted =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE entity = 'document' AND action = 'draft'")
            ?? 0
        if documents != drafted {
            problems.append(
                "the store holds \(documents) documents but the audit trail records the drafting of \(drafted)")
        }
        return problems
    }

    /// The events of an item, oldest first, with the import that created it (an import records
    /// one event naming its first and last item, not one per item). An import numbers its
    /// references in one run of one year's counter, so the import is found by comparing
    /// reference numbers, without a query per import.
    public static func itemEvents(reference: String, in db: Database) throws -> [AuditEvent] {
        var events = try AuditTrail.events(entity: "item", entityID: reference, in: db)
        if let wanted = ReferenceNumber(reference) {
            for event in try importEvents(in: db) where event.payload["items_sha256"] != nil {
                guard let first = event.payload["first"].flatMap(ReferenceNumber.init),
                    let last = event.payload["last"].flatMap(ReferenceNumber.init),
                    first.series == wanted.series, first.number <= wanted.number, wanted.number <= last.number
                else { continue }
                events.append(event.event)
            }
        }
        return events.sorted { $0.id < $1.id }
    }

    /// `FD-2026-000123` as its series (`FD-2026`) and number (123).
    private struct ReferenceNumber {
        let series: Substring
        let number: Int

        init?(_ reference: String) {
            guard let dash = reference.lastIndex(of: "-"),
                let number = Int(reference[reference.index(after: dash)...])
            else { return nil }
            series = reference[..<dash]
            self.number = number
        }
    }

    private struct ImportEvent {
        var event: AuditEvent
        var payload: [String: String]
    }

    private static func importEvents(in db: Database) throws -> [ImportEvent] {
        try AuditTrail.events(entity: "import", in: db).compactMap { event in
            guard event.action == "import",
                let payload = try? JSONDecoder().decode([String: String].self, from: Data(event.payload.utf8))
            else { return nil }
            return ImportEvent(event: event, payload: payload)
        }
    }

    /// The ids of an import's items: references are numbered in one transaction, so the
    /// items between the first and the last are exactly the import's.
    private static func idRange(of event: ImportEvent, in db: Database) throws -> ClosedRange<Int64>? {
        guard event.payload["items_sha256"] != nil, let first = event.payload["first"],
            let last = event.payload["last"],
            let firstID = try Int64.fetchOne(db, sql: "SELECT id FROM items WHERE reference = ?", arguments: [first]),
            let lastID = try Int64.fetchOne(db, sql: "SELECT id FROM items WHERE reference = ?", arguments: [last]),
            firstID <= lastID
        else { return nil }
        return firstID...lastID
    }

    private static func checkDigest(
        _ expected: String, count: Int, of event: ImportEvent, in db: Database
    ) throws -> String? {
        let label = "the import of \(event.payload["file"] ?? "a file") (event #\(event.event.id))"
        guard let range = try idRange(of: event, in: db) else {
            return "\(label): its first or last item is missing"
        }
        var digest = ImportDigest()
        let rows = try Row.fetchCursor(
            db, sql: "SELECT reference, url_normalized, created_at FROM items WHERE id BETWEEN ? AND ? ORDER BY id",
            arguments: [range.lowerBound, range.upperBound])
        while let row = try rows.next() {
            digest.add(reference: row[0], normalizedURL: row[1], createdAt: row[2])
        }
        if digest.count != count { return "\(label) recorded \(count) items; \(digest.count) are in its range" }
        if digest.finalizedHex() != expected { return "\(label): its items no longer match the digest it recorded" }
        return nil
    }
}

extension AuditTrail {
    /// Every event about one kind of entity, oldest first.
    public static func events(entity: String, in db: Database) throws -> [AuditEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM events WHERE entity = ? ORDER BY id", arguments: [entity])
            .map(event(from:))
    }
}
