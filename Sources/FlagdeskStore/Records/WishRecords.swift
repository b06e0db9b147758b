import FlagdeskCore
import Foundation
import GRDB

/// The wishes the engine enforces, a coordinator's threat-to-life overrides of "no police", and
/// a person's assignee (v16-victims-c). Every row is audited (`SealRegistry`).
public enum WishRecords {
    public static func wishes(personID: Int64, in db: Database) throws -> [PersonWish] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT kind, value, recorded_by, recorded_at FROM person_wishes WHERE person_id = ?
                ORDER BY id
                """, arguments: [personID]
        ).compactMap { row in
            guard let kind = WishKind(rawValue: row[0]) else { return nil }
            let value: String = row[1]
            return PersonWish(
                kind: kind, value: value.isEmpty ? nil : value, recordedBy: row[2],
                recordedAt: ISO8601.parseInstant(row[3]) ?? .distantPast)
        }
    }

    /// Records a wish; false when the same wish is already on record.
    public static func add(_ wish: PersonWish, personID: Int64, in db: Database) throws -> Bool {
        try db.execute(
            sql: """
                INSERT INTO person_wishes (person_id, kind, value, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (person_id, kind, value) DO NOTHING
                """,
            arguments: [
                personID, wish.kind.rawValue, wish.value ?? "", wish.recordedBy, ISO8601.format(wish.recordedAt),
            ])
        return db.changesCount > 0
    }

    /// Drops a wish; false when it was not on record.
    public static func remove(kind: WishKind, value: String?, personID: Int64, in db: Database) throws -> Bool {
        try db.execute(
            sql: "DELETE FROM person_wishes WHERE person_id = ? AND kind = ? AND value = ?",
            arguments: [personID, kind.rawValue, value ?? ""])
        return db.changesCount > 0
    }

    public static func recordOverride(_ decision: WishOverride, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO wish_overrides (item_id, person_id, kind, reason, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (item_id, person_id, kind) DO UPDATE SET
                    reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at
                """,
            arguments: [
                decision.itemID, decision.personID, decision.kind.rawValue, decision.reason, decision.decidedBy,
                ISO8601.format(decision.decidedAt),
            ])
    }

    public static func overrides(itemIDs: [Int64], in db: Database) throws -> [WishOverride] {
        guard !itemIDs.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: itemIDs.count).joined(separator: ",")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT item_id, person_id, kind, reason, decided_by, decided_at FROM wish_overrides
                WHERE item_id IN (\(marks)) ORDER BY id
                """, arguments: StatementArguments(itemIDs)
        ).compactMap { row in
            guard let kind = WishKind(rawValue: row[2]) else { return nil }
            return WishOverride(
                itemID: row[0], personID: row[1], kind: kind, reason: row[3], decidedBy: row[4],
                decidedAt: ISO8601.parseInstant(row[5]) ?? .distantPast)
        }
    }

    public static func assignee(personID: Int64, in db: Database) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT assignee FROM person_assignments WHERE person_id = ?", arguments: [personID])
    }

    /// Sets or (nil) clears the person's assignee.
    public static func assign(personID: Int64, to login: String?, by actor: String, at: Date, in db: Database) throws {
        guard let login else {
            try db.execute(sql: "DELETE FROM person_assignments WHERE person_id = ?", arguments: [personID])
            return
        }
        try db.execute(
            sql: """
                INSERT INTO person_assignments (person_id, assignee, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET
                    assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at
                """, arguments: [personID, login, actor, ISO8601.format(at)])
    }

    /// What the retention purge erases with the person: their wishes and assignment (the
    /// overrides stay: a coordinator's decision about an item, on the trail).
    public static func purge(personID: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM person_wishes WHERE person_id = ?", arguments: [personID])
        try db.execute(sql: "DELETE FROM person_assignments WHERE person_id = ?", arguments: [personID])
    }
}

/// What the desk holds about one person, found through their links (GDPR Art. 15 copy).
public enum PersonHoldingsRecords {
    /// Items linked to the person, oldest first.
    public static func items(personID: Int64, in db: Database) throws -> [Item] {
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM items WHERE person_id = ? ORDER BY id", arguments: [personID])
        return try ItemRecords.find(ids: ids, in: db)
    }

    /// Documents made for the person or covering one of their items, oldest first.
    public static func documents(personID: Int64, in db: Database) throws -> [DocumentRecord] {
        let ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM documents WHERE person_id = ?
                UNION SELECT di.document_id FROM document_items di JOIN items i ON i.id = di.item_id
                WHERE i.person_id = ? ORDER BY 1
                """, arguments: [personID, personID])
        return try ids.compactMap { try DocumentRecords.find(id: $0, in: db) }
    }
}
