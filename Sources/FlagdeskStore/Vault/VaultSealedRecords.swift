import Foundation
import GRDB

/// The sealed (encrypted) columns of `people`. The store only moves opaque bytes: sealing and
/// opening happen in the engine, which binds each value to its row and column.
public enum SealedField: String, CaseIterable, Sendable {
    case identity
    case contact
    case mandateDocument = "mandate-document"

    var column: String {
        switch self {
        case .identity: return "identity_sealed"
        case .contact: return "contact_sealed"
        case .mandateDocument: return "mandate_document_sealed"
        }
    }
}

/// One sealed value and where it lives.
public struct SealedValue: Sendable, Equatable {
    public var personID: Int64
    public var field: SealedField
    public var sealed: Data

    public init(personID: Int64, field: SealedField, sealed: Data) {
        self.personID = personID
        self.field = field
        self.sealed = sealed
    }
}

public enum VaultSealedRecords {
    /// The sealed values of one person, by field (absent: never recorded).
    public static func values(personID: Int64, in db: Database) throws -> [SealedField: Data] {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT identity_sealed, contact_sealed, mandate_document_sealed FROM people WHERE id = ?",
                arguments: [personID])
        else { return [:] }
        var values: [SealedField: Data] = [:]
        for field in SealedField.allCases {
            if let data: Data = row[field.column] { values[field] = data }
        }
        return values
    }

    /// Replaces one sealed value (the caller has checked the person's version).
    public static func set(_ value: SealedValue, in db: Database) throws {
        try db.execute(
            sql: "UPDATE people SET \(value.field.column) = ? WHERE id = ?",
            arguments: [value.sealed, value.personID])
    }

    /// Every sealed value in the store, for re-sealing under a new key.
    public static func all(in db: Database) throws -> [SealedValue] {
        var values: [SealedValue] = []
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, identity_sealed, contact_sealed, mandate_document_sealed FROM people
                WHERE identity_sealed IS NOT NULL OR contact_sealed IS NOT NULL OR mandate_document_sealed IS NOT NULL
                """)
        for row in rows {
            for field in SealedField.allCases {
                if let data: Data = row[field.column] {
                    values.append(SealedValue(personID: row["id"], field: field, sealed: data))
                }
            }
        }
        return values
    }

    public static func count(in db: Database) throws -> Int {
        let sum = SealedField.allCases.map { "(\($0.column) IS NOT NULL)" }.joined(separator: " + ")
        return try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(\(sum)), 0) FROM people") ?? 0
    }

    /// The logins assigned to the person or to items about them: the flaggers and support
    /// workers who may reveal them and change their consent, mandate and wishes.
    public static func assignees(personID: Int64, in db: Database) throws -> Set<String> {
        Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT assignee FROM items WHERE person_id = ? AND assignee IS NOT NULL
                    UNION SELECT assignee FROM person_assignments WHERE person_id = ?
                    """,
                arguments: [personID, personID]))
    }
}

extension Store {
    /// A write whose deleted and overwritten content is zeroed on disk (`PRAGMA secure_delete`)
    /// and whose WAL is checkpointed and truncated afterwards: used when a key is rotated, so
    /// the old wrapped key and old ciphertexts do not linger in free pages or in the WAL.
    /// Errors thrown by `body` reach the caller unchanged; SQLite errors become `StoreError`.
    public func writeErasingOldPages<T>(_ body: (Database) throws -> T) throws -> T {
        try requireWritable()
        do {
            return try pool.barrierWriteWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
                var result: Result<T, any Error> = .failure(StoreError.refused("the transaction did not run"))
                try db.inTransaction(.immediate) {
                    result = .success(try body(db))
                    try seal(db)
                    return .commit
                }
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                return try result.get()
            }
        } catch let error as DatabaseError {
            throw failure(error)
        } catch let error as StoreError {
            throw failure(error)
        }
    }
}
