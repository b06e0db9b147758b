import FlagdeskCore
import Foundation
import GRDB

/// A person as the coordinators' People view lists them: never their sealed values.
public struct PersonListRow: Sendable, Equatable {
    public var person: Person
    public var itemCount: Int
}

extension PeopleRecords {
    /// People by pseudonym, with how many items concern them; one window.
    public static func list(limit: Int, offset: Int = 0, in db: Database) throws -> [PersonListRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT p.*, (SELECT COUNT(*) FROM items i WHERE i.person_id = p.id) AS item_count
                FROM people p ORDER BY p.pseudonym LIMIT ? OFFSET ?
                """, arguments: [limit, offset]
        ).map { row in
            // With the enforced wishes and the assignee the People view shows.
            let person =
                try PeopleRecords.withWishes(PeopleRecords.person(from: row), in: db) ?? PeopleRecords.person(from: row)
            return PersonListRow(person: person, itemCount: row["item_count"])
        }
    }

    /// People not purged whose mandate's last day falls between `from` and `through` (inclusive),
    /// soonest first.
    public static func mandatesExpiring(from: CivilDate, through: CivilDate, in db: Database) throws -> [Person] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM people
                WHERE purged_at IS NULL AND mandate_expires_on >= ? AND mandate_expires_on <= ?
                ORDER BY mandate_expires_on, pseudonym
                """, arguments: [from.description, through.description]
        ).map(person(from:))
    }
}
