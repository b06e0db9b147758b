import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// How far ahead a mandate's end shows among the deadlines.
    public static let mandateWarningDays = 30

    /// The coordinators' People view: pseudonyms, mandate, wishes and item counts. Sealed
    /// identity and contact are never read here (`person show --reveal` does that, recorded).
    public func people(limit: Int = 500, offset: Int = 0) throws(EngineError) -> [PersonListRow] {
        try requireCoordinator(to: "list the people on file", writes: false)
        return try storeRead { db in try PeopleRecords.list(limit: limit, offset: offset, in: db) }
    }

    /// The cases about a person (directly, or through one of their items).
    public func cases(ofPerson pseudonym: String) throws(EngineError) -> [Case] {
        try storeRead { db in
            let person = try self.person(pseudonym, creating: false, in: db)
            return try CaseRecords.forPerson(person.id, in: db)
        }
    }

    /// Mandates whose last day is today or within `days` (a mandate that lapses stops any
    /// erasure request made on it: renew it in time).
    public func mandatesExpiring(withinDays days: Int = Desk.mandateWarningDays) throws(EngineError)
        -> [MandateExpiry]
    {
        let today = CivilDate(now, in: zone)
        let people = try storeRead { db in
            try PeopleRecords.mandatesExpiring(from: today, through: today.adding(days: days), in: db)
        }
        return people.compactMap { person in
            guard let mandate = person.mandate, let expires = mandate.expiresOn else { return nil }
            return MandateExpiry(
                pseudonym: person.pseudonym, expiresOn: expires, scopes: mandate.scopes,
                daysLeft: expires.daysSinceEpoch - today.daysSinceEpoch)
        }
    }
}
