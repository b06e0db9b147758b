import FlagdeskCore
import Foundation
import GRDB

/// Appends many audit events inside one write transaction: the chain head is read once, then
/// each event is hashed on the previous one in memory and inserted through one prepared
/// statement. The rows are exactly those `AuditTrail.append` writes (same hash input), so
/// `AuditTrail.verify` checks them alike. Use it only while the transaction is held: nothing
/// else may append in between.
public final class AuditChainWriter {
    private let db: Database
    private var previous: String
    private var nextID: Int64
    public private(set) var appended = 0
    /// A batch's events share one instant: formatted once.
    private var formatted: (instant: Date, text: String)?

    public init(in db: Database) throws {
        self.db = db
        let head = try Row.fetchOne(db, sql: "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
        previous = head?["hash"] ?? AuditTrail.genesisHash
        nextID = (head?["id"] ?? 0) + 1
    }

    public func append(_ entry: AuditEntry) throws {
        if formatted?.instant != entry.at { formatted = (entry.at, ISO8601.format(entry.at)) }
        let at = formatted!.text
        let payload = Self.canonicalJSON(entry.payload)
        let hash = AuditTrail.chainHash(
            previous: previous, id: nextID, at: at, actor: entry.actor, entity: entry.entity,
            entityID: entry.entityID, action: entry.action, payload: payload)
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO events (id, at, actor, entity, entity_id, action, payload, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            nextID, at, entry.actor, entry.entity, entry.entityID, entry.action, payload, previous, hash,
        ])
        previous = hash
        nextID += 1
        appended += 1
    }

    /// `AuditTrail.canonicalJSON`, written directly when every key and value is plain ASCII
    /// text (references, vocabulary keys, hashes): the encoder would produce the very same
    /// bytes, an order of magnitude slower. Anything else goes through the encoder.
    static func canonicalJSON(_ payload: [String: String]) -> String {
        func plain(_ text: String) -> Bool {
            text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x2F }
        }
        guard payload.allSatisfy({ plain($0.key) && plain($0.value) }),
            payload.keys.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A || $0 == 0x5F } })
        else {
            return AuditTrail.canonicalJSON(payload)
        }
        var text = "{"
        for (index, key) in payload.keys.sorted().enumerated() {
            if index > 0 { text += "," }
            text += "\"\(key)\":\"\(payload[key]!)\""
        }
        return text + "}"
    }
}
