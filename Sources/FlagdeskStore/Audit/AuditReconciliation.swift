import Crypto
import FlagdeskCore
import Foundation
import GRDB
import GRDBSQLite

/// The digest an import records over the items it created (one audit event per import instead
/// of one per item): SHA-256 over `reference TAB normalised URL TAB created_at LF` of each item,
/// in id order. These fields never change after intake, so `verify` can recompute the digest
/// from the items table and tell whether an imported row was altered, added or removed. Only
/// the retention purge erases the URL: a purged item's line reads `reference TAB purged TAB
/// created_at LF`, and the purge records the import's digest in that form (`PurgeReconciliation`).
public struct ImportDigest {
    private var hasher = SHA256()
    /// The line being hashed, its buffer kept from row to row (an import or `verify` hashes a
    /// million of them).
    private var line: [UInt8] = []
    public private(set) var count = 0
    /// What stands for the normalised URL in a purged item's line.
    public static let purgedURL = "purged"

    public init() {}

    public mutating func add(reference: String, normalizedURL: String, createdAt: String) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: reference.utf8)
        line.append(UInt8(ascii: "\t"))
        line.append(contentsOf: normalizedURL.utf8)
        line.append(UInt8(ascii: "\t"))
        line.append(contentsOf: createdAt.utf8)
        line.append(UInt8(ascii: "\n"))
        hasher.update(data: line)
        count += 1
    }

    /// Adds an item's line from the bytes SQLite holds (`verify`'s pass over a million items
    /// makes no `String` per row).
    mutating func add(
        reference: UnsafeRawBufferPointer, normalizedURL: UnsafeRawBufferPointer, createdAt: UnsafeRawBufferPointer,
        purged: Bool
    ) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: reference)
        line.append(UInt8(ascii: "\t"))
        if purged { line.append(contentsOf: Self.purgedURL.utf8) } else { line.append(contentsOf: normalizedURL) }
        line.append(UInt8(ascii: "\t"))
        line.append(contentsOf: createdAt)
        line.append(UInt8(ascii: "\n"))
        hasher.update(data: line)
        count += 1
    }

    /// Adds an item's line, in its purged form when `purged`.
    mutating func add(reference: String, normalizedURL: String, createdAt: String, purged: Bool) {
        add(reference: reference, normalizedURL: purged ? Self.purgedURL : normalizedURL, createdAt: createdAt)
    }

    public func finalizedHex() -> String {
        hasher.finalize().lowercaseHex
    }
}

/// Checks that the records agree with the audit trail that created them: every item was
/// recorded by an `add` or an import, every document by a `draft`, each import's items still
/// hash to the digest it recorded (or, once some were purged, to the digest the latest purge
/// recorded for it), every sent text still matches the hash its send event recorded
/// (`SentTextReconciliation`), and every purged item or document is accounted for by a purge
/// event. A row inserted behind the engine's back, an imported row edited in place, a sent text
/// rewritten, or a row hidden as purged by hand, shows here even though the chain is intact.
public enum AuditReconciliation {
    public static func problems(in db: Database) throws -> [String] {
        var problems: [String] = []
        let items = try Int.fetchOne(db, sql: "SELECT count(*) FROM items") ?? 0
        let added =
            try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM events WHERE entity = 'item' AND action IN ('add', 'import')") ?? 0
        var imported = 0
        let purgeDigests = try PurgeReconciliation.latestImportDigests(in: db)
        for event in try importEvents(in: db) {
            guard let digest = event.payload["items_sha256"], let count = event.payload["items"].flatMap(Int.init)
            else { continue }  // an import recorded before the digest existed has one event per item
            imported += count
            if let problem = try checkDigest(purgeDigests[event.event.id] ?? digest, count: count, of: event, in: db) {
                problems.append(problem)
            }
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
        return problems + (try SentTextReconciliation.problems(in: db))
            + (try PurgeReconciliation.unaccountedPurges(in: db))
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

    struct ImportEvent {
        var event: AuditEvent
        var payload: [String: String]

        /// "the import of partner.csv (event #12)", for messages.
        var label: String { "the import of \(payload["file"] ?? "a file") (event #\(event.id))" }
    }

    static func importEvents(in db: Database) throws -> [ImportEvent] {
        try AuditTrail.events(entity: "import", in: db).compactMap { event in
            guard event.action == "import",
                let payload = try? JSONDecoder().decode([String: String].self, from: Data(event.payload.utf8))
            else { return nil }
            return ImportEvent(event: event, payload: payload)
        }
    }

    /// The ids of an import's items: references are numbered in one transaction, so the
    /// items between the first and the last are exactly the import's.
    static func idRange(of event: ImportEvent, in db: Database) throws -> ClosedRange<Int64>? {
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
        let label = event.label
        guard let range = try idRange(of: event, in: db) else {
            return "\(label): its first or last item is missing"
        }
        let digest = try digests(of: range, purging: [], in: db).now
        if digest.count != count { return "\(label) recorded \(count) items; \(digest.count) are in its range" }
        if digest.finalizedHex() != expected { return "\(label): its items no longer match the digest it recorded" }
        return nil
    }

    /// The digest of the items in `range` as they stand (purged items in their purged form),
    /// and as it will be once the items in `purging` are purged too: one pass over the rows.
    static func digests(of range: ClosedRange<Int64>, purging: Set<Int64>, in db: Database) throws -> (
        now: ImportDigest, afterPurge: ImportDigest
    ) {
        var now = ImportDigest()
        var afterPurge = ImportDigest()
        let statement = try RawStatement(
            """
            SELECT id, reference, url_normalized, created_at, purged_at IS NOT NULL FROM items
            WHERE id BETWEEN ? AND ? ORDER BY id
            """, in: db)
        statement.bind(1, range.lowerBound)
        statement.bind(2, range.upperBound)
        let handle = statement.cStatement
        func text(_ column: Int32) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(
                start: sqlite3_column_text(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
        }
        while try statement.step() {
            let purged = sqlite3_column_int64(handle, 4) != 0
            let (reference, url, created) = (text(1), text(2), text(3))
            now.add(reference: reference, normalizedURL: url, createdAt: created, purged: purged)
            if !purging.isEmpty {
                afterPurge.add(
                    reference: reference, normalizedURL: url, createdAt: created,
                    purged: purged || purging.contains(sqlite3_column_int64(handle, 0)))
            }
        }
        return (now, afterPurge)
    }
}

extension AuditTrail {
    /// Every event about one kind of entity, oldest first.
    public static func events(entity: String, in db: Database) throws -> [AuditEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM events WHERE entity = ? ORDER BY id", arguments: [entity])
            .map(event(from:))
    }
}
