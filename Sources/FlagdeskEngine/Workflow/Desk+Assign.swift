import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk assign` assigned: an item or a person, to whom (nil: nobody now), and before.
public struct Assignment: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case item(reference: String)
        case person(pseudonym: String)
    }

    public var target: Target
    public var assignee: String?
    public var previous: String?
}

/// Assignment (issue #15 point 7): a coordinator gives an item or a person to a team member, a
/// flagger or support worker. The assignee, with the coordinators, may then change the person's
/// consent, mandate and wishes and reveal their details (`requireMayChangeConsent`, reveal).
extension Desk {
    /// Assigns `target` (an item reference, else a pseudonym) to `login`, or to nobody when nil.
    /// Only a member of the desk's team can be assigned; the trail records old and new.
    public func assign(_ target: String, to login: String?) throws(EngineError) -> Assignment {
        try requireCoordinator(to: "assign items and people")
        guard let wanted = target.nilIfBlank else { throw .badInput("assign names an item or a person") }
        let login = login?.nilIfBlank
        return try storeWrite { db in
            if let login, try self.team(in: db).role(of: login) == nil {
                throw EngineError.refused(
                    "\(login) is not a member of the desk's team; only a member can be assigned "
                        + "(a coordinator adds one with `flagdesk team add \(login) --role flagger`)")
            }
            if let item = try ItemRecords.find(reference: wanted.uppercased(), in: db) {
                return try self.assign(item, to: login, in: db)
            }
            guard let person = try PeopleRecords.find(pseudonym: wanted, in: db) else {
                throw StoreError.notFound("item or person \(wanted)")
            }
            return try self.assign(person, to: login, in: db)
        }
    }

    private func assign(_ item: Item, to login: String?, in db: StoreTransaction) throws -> Assignment {
        if item.purgedAt != nil {
            throw EngineError.refused("\(item.reference) was purged (retention period over); it is read-only")
        }
        let previous = item.assignee?.nilIfBlank
        let result = Assignment(target: .item(reference: item.reference), assignee: login, previous: previous)
        guard previous != login else { return result }
        var changed = item
        changed.assignee = login
        _ = try ItemRecords.update(changed, at: now, in: db)
        try audit(
            actor: actor, at: now, entity: "item", id: item.reference, action: "assign",
            ["old": previous ?? "nobody", "new": login ?? "nobody"], in: db)
        return result
    }

    private func assign(_ person: Person, to login: String?, in db: StoreTransaction) throws -> Assignment {
        try Self.requireLive(person)
        let previous = person.assignee
        let result = Assignment(target: .person(pseudonym: person.pseudonym), assignee: login, previous: previous)
        guard previous != login else { return result }
        try WishRecords.assign(personID: person.id, to: login, by: actor, at: now, in: db)
        try audit(
            actor: actor, at: now, entity: "person", id: String(person.id), action: "assign",
            ["old": previous ?? "nobody", "new": login ?? "nobody"], in: db)
        return result
    }
}
