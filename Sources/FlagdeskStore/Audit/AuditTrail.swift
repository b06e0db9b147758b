import Crypto
import FlagdeskCore
import Foundation
import GRDB

/// What happened, by whom, to which record: one row of the audit trail before it is chained.
public struct AuditEntry: Sendable, Equatable {
    public var actor: String
    public var at: Date
    public var entity: String
    public var entityID: String
    public var action: String
    /// JSON object; references records, never a victim's personal data.
    public var payload: [String: String]

    public init(
        actor: String, at: Date, entity: String, entityID: String, action: String, payload: [String: String] = [:]
    ) {
        self.actor = actor
        self.at = at
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.payload = payload
    }
}

/// The tamper-evident, append-only audit trail. Each event's hash covers its fields and the
/// previous event's hash, so changing, removing or reordering any row breaks every hash after it.
public enum AuditTrail {
    public static let genesisHash = String(repeating: "0", count: 64)

    /// Appends an event inside the caller's write transaction and returns it.
    @discardableResult
    public static func append(_ entry: AuditEntry, in db: Database) throws -> AuditEvent {
        let head = try Row.fetchOne(db, sql: "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
        let previous: String = head?["hash"] ?? genesisHash
        let id: Int64 = (head?["id"] ?? 0) + 1
        let at = ISO8601.format(entry.at)
        let payload = canonicalJSON(entry.payload)
        let hash = chainHash(
            previous: previous, id: id, at: at, actor: entry.actor, entity: entry.entity,
            entityID: entry.entityID, action: entry.action, payload: payload)
        try db.execute(
            sql: """
                INSERT INTO events (id, at, actor, entity, entity_id, action, payload, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, at, entry.actor, entry.entity, entry.entityID, entry.action, payload, previous, hash])
        return AuditEvent(
            id: id, at: ISO8601.parseInstant(at) ?? entry.at, actor: entry.actor, entity: entry.entity,
            entityID: entry.entityID, action: entry.action, payload: payload, previousHash: previous, hash: hash)
    }

    /// The instant of the newest event (nil: an empty trail): a simulated clock may not go back
    /// past it.
    public static func latestInstant(in db: Database) throws -> Date? {
        let text = try String.fetchOne(db, sql: "SELECT at FROM events ORDER BY id DESC LIMIT 1")
        return text.flatMap(ISO8601.parseInstant)
    }

    /// The hash of one event: SHA-256 over the length-prefixed fields, so no two different rows
    /// can produce the same input by moving text between fields.
    public static func chainHash(
        previous: String, id: Int64, at: String, actor: String, entity: String, entityID: String,
        action: String, payload: String
    ) -> String {
        var hasher = SHA256()
        for field in [previous, String(id), at, actor, entity, entityID, action, payload] {
            let bytes = Array(field.utf8)
            hasher.update(data: Array("\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        return hasher.finalize().lowercaseHex
    }

    /// A JSON object with sorted keys: the same payload always hashes the same.
    public static func canonicalJSON(_ payload: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The hash of the store's first event: names this desk (it survives backup and restore, and
    /// no setting changes it); nil while the trail is empty.
    public static func firstEventHash(in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT hash FROM events ORDER BY id LIMIT 1")
    }

    /// The events of one record, oldest first.
    public static func events(entity: String, entityID: String, in db: Database) throws -> [AuditEvent] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM events WHERE entity = ? AND entity_id = ? ORDER BY id",
            arguments: [entity, entityID]
        ).map(event(from:))
    }

    static func event(from row: Row) -> AuditEvent {
        AuditEvent(
            id: row["id"], at: ISO8601.parseInstant(row["at"]) ?? Date(timeIntervalSince1970: 0),
            actor: row["actor"], entity: row["entity"], entityID: row["entity_id"], action: row["action"],
            payload: row["payload"], previousHash: row["prev_hash"], hash: row["hash"])
    }

    /// Recomputes the whole chain. Returns the first broken row, or the head when intact.
    /// (One pass through SQLite's C API: `ChainRecomputation`.)
    public static func verify(in db: Database) throws -> ChainVerdict {
        try ChainRecomputation.verify(in: db)
    }
}

/// The outcome of recomputing the audit chain.
public enum ChainVerdict: Equatable, Sendable {
    /// Every hash matches; `head` is the last hash (note it elsewhere to detect a cut-off tail).
    case intact(events: Int, head: String)
    case broken(eventID: Int64, reason: String)
}
