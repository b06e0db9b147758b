import FlagdeskCore
import Foundation
import GRDB

/// Reading and writing people (data subjects, victims). Only the pseudonym, mandate, wishes and
/// consent live in clear; identity and contact columns are sealed and not touched here.
public enum PeopleRecords {
    public static func insert(_ person: Person, in db: Database) throws -> Person {
        try db.execute(
            sql: """
                INSERT INTO people (pseudonym, mandate_scope, mandate_signed_on, mandate_expires_on,
                    mandate_document_sha256, wishes, consents_to_lea, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [person.pseudonym] + mandateArguments(person) + [
                JSONList.encode(person.wishes), person.consentsToLEA, ISO8601.format(person.createdAt),
                ISO8601.format(person.updatedAt), person.version,
            ])
        var stored = person
        stored.id = db.lastInsertedRowID
        return stored
    }

    public static func find(pseudonym: String, in db: Database) throws -> Person? {
        try withWishes(
            Row.fetchOne(db, sql: "SELECT * FROM people WHERE pseudonym = ?", arguments: [pseudonym]).map(
                person(from:)),
            in: db)
    }

    public static func find(id: Int64, in db: Database) throws -> Person? {
        try withWishes(
            Row.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]).map(person(from:)), in: db)
    }

    /// The person with the wishes the engine enforces and their assignee (their own tables).
    static func withWishes(_ person: Person?, in db: Database) throws -> Person? {
        guard var person else { return nil }
        person.structuredWishes = try WishRecords.wishes(personID: person.id, in: db)
        person.assignee = try WishRecords.assignee(personID: person.id, in: db)
        return person
    }

    /// Writes mandate, wishes and consent if nobody changed the person since it was read.
    public static func update(_ person: Person, at now: Date, in db: Database) throws -> Person {
        var updated = person
        updated.version = person.version + 1
        updated.updatedAt = now
        try db.execute(
            sql: """
                UPDATE people SET mandate_scope = ?, mandate_signed_on = ?, mandate_expires_on = ?,
                    mandate_document_sha256 = ?, wishes = ?, consents_to_lea = ?, updated_at = ?, version = ?
                WHERE id = ? AND version = ?
                """,
            arguments: mandateArguments(updated) + [
                JSONList.encode(updated.wishes), updated.consentsToLEA, ISO8601.format(now), updated.version,
                person.id, person.version,
            ])
        if db.changesCount == 0 {
            throw StoreError.staleWrite(
                record: "person \(person.pseudonym)", expectedVersion: person.version,
                actualVersion: try Int.fetchOne(
                    db, sql: "SELECT version FROM people WHERE id = ?", arguments: [person.id])
                    ?? 0)
        }
        return updated
    }

    private static func mandateArguments(_ person: Person) -> StatementArguments {
        let mandate = person.mandate
        return [
            mandate.map { $0.scopes.map(\.rawValue).joined(separator: ",") }, mandate?.signedOn?.description,
            mandate?.expiresOn?.description, mandate?.documentSHA256,
        ]
    }

    static func person(from row: Row) -> Person {
        var mandate: Mandate?
        if let scopes: String = row["mandate_scope"] {
            mandate = Mandate(
                scopes: scopes.split(separator: ",").compactMap { MandateScope(rawValue: String($0)) },
                signedOn: (row["mandate_signed_on"] as String?).flatMap(CivilDate.init(iso:)),
                expiresOn: (row["mandate_expires_on"] as String?).flatMap(CivilDate.init(iso:)),
                documentSHA256: row["mandate_document_sha256"])
        }
        return Person(
            id: row["id"], pseudonym: row["pseudonym"], mandate: mandate, wishes: JSONList.decode(row["wishes"]),
            consentsToLEA: row["consents_to_lea"], createdAt: instant(row["created_at"]) ?? .distantPast,
            updatedAt: instant(row["updated_at"]), version: row["version"], purgedAt: instant(row["purged_at"]))
    }
}
