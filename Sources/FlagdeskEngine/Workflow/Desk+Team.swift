import FlagdeskCore
import FlagdeskStore
import Foundation

/// `flagdesk team ...`: the desk's team, changed only by a coordinator, each change an audit event
/// with the old and the new value (issue #14).
extension Desk {
    /// Everyone may see the team (no case data in it).
    public func team() throws(EngineError) -> DeskTeam { try currentTeam() }

    public func addMember(_ login: String, role: UserRole) throws(EngineError) -> DeskTeam {
        try changeTeam(to: "add team members") { team, db in
            try requireTeamDesk(team, to: "add members")
            try requireAccount(login)
            if let existing = team.role(of: login) {
                throw EngineError.refused(
                    "\(login) is already a member (\(existing.rawValue)); change the role with `flagdesk team role`")
            }
            try putMember(login, role: role, old: nil, in: db)
        }
    }

    public func changeRole(of login: String, to role: UserRole) throws(EngineError) -> DeskTeam {
        try changeTeam(to: "change roles") { team, db in
            try requireTeamDesk(team, to: "change roles")
            guard let old = team.role(of: login) else { throw EngineError.refused("\(login) is not a member") }
            guard old != role else { throw EngineError.refused("\(login) is already \(role.rawValue)") }
            if old == .coordinator { try requireAnotherCoordinator(than: login, team, to: "demote") }
            try putMember(login, role: role, old: old, in: db)
        }
    }

    public func removeMember(_ login: String) throws(EngineError) -> DeskTeam {
        try changeTeam(to: "remove team members") { team, db in
            try requireTeamDesk(team, to: "remove members")
            guard let old = team.role(of: login) else { throw EngineError.refused("\(login) is not a member") }
            if old == .coordinator { try requireAnotherCoordinator(than: login, team, to: "remove") }
            try TeamRecords.remove(login: login, in: db)
            try teamEvent(login, action: "remove", ["old": old.rawValue, "new": "none"], in: db)
        }
    }

    public func setFourEyes(_ on: Bool) throws(EngineError) -> DeskTeam {
        try changeTeam(to: "change four-eyes") { team, db in
            guard team.settings.fourEyes != on else {
                throw EngineError.refused("four-eyes is already \(on ? "on" : "off")")
            }
            try TeamRecords.setFourEyes(on, in: db)
            try teamEvent(
                "four-eyes", action: "four-eyes",
                ["old": team.settings.fourEyes ? "on" : "off", "new": on ? "on" : "off"],
                in: db)
        }
    }

    /// personal -> team, never back. The store's owner becomes the service account people reach
    /// through `sudo -u`; the person who owned the personal desk stays its coordinator.
    public func convertToTeam() throws(EngineError) -> DeskTeam {
        let service = DeskCreation.owner(of: store, process)
        return try changeTeam(to: "convert the desk") { team, db in
            guard team.settings.setup == .personal else { throw EngineError.refused("this is already a team desk") }
            try TeamRecords.setSetup(.team, in: db)
            try teamEvent(
                "setup", action: "convert", ["old": "personal", "new": "team", "service_account": service], in: db)
            try recordOrganisationAtConversion(in: db)
        }
    }

    /// Takes the configuration's `[users]` (and `[approval] four_eyes`, if written) into the desk
    /// once: afterwards the desk's team is exactly that list.
    public func adoptConfiguration() throws(EngineError) -> DeskTeam {
        let users = config.users
        let fourEyes = config.fourEyesStated
        return try changeTeam(to: "adopt the configuration's [users]") { team, db in
            try requireTeamDesk(team, to: "adopt [users]")
            guard !users.isEmpty else { throw EngineError.refused("the configuration lists no [users] to adopt") }
            guard users.values.contains(.coordinator) else {
                throw EngineError.refused(
                    "the configuration's [users] names no coordinator; the desk keeps at least one")
            }
            for login in users.keys.sorted() { try requireAccount(login) }
            for member in team.members where users[member.login] == nil {
                try TeamRecords.remove(login: member.login, in: db)
                try teamEvent(member.login, action: "remove", ["old": member.role.rawValue, "new": "none"], in: db)
            }
            for (login, role) in users.sorted(by: { $0.key < $1.key }) where team.role(of: login) != role {
                try putMember(login, role: role, old: team.role(of: login), in: db)
            }
            if let fourEyes, fourEyes != team.settings.fourEyes {
                try TeamRecords.setFourEyes(fourEyes, in: db)
                try teamEvent(
                    "four-eyes", action: "four-eyes",
                    [
                        "old": team.settings.fourEyes ? "on" : "off",
                        "new": fourEyes ? "on" : "off", "from": "configuration",
                    ], in: db)
            }
        }
    }

    /// Runs one change as a coordinator, inside one transaction that re-reads the team (and writes
    /// down a desk from before `v9-team` first, so the change has something to change).
    private func changeTeam(
        to action: String, _ change: (DeskTeam, StoreTransaction) throws -> Void
    ) throws(EngineError) -> DeskTeam {
        try requireCoordinator(to: action)
        return try storeWrite { db in
            var team = try self.team(in: db)
            if team.isUnrecorded {
                try TeamRecords.insertSettings(team.settings, in: db)
                for member in team.members { try TeamRecords.put(member, in: db) }
                team = try self.team(in: db)
            }
            guard team.role(of: actor) == .coordinator else {
                throw EngineError.refused(
                    "\(actor) is not a coordinator of this desk; only a coordinator can \(action)")
            }
            try change(team, db)
            return try self.team(in: db)
        }
    }

    private func requireTeamDesk(_ team: DeskTeam, to action: String) throws {
        guard team.settings.setup == .team else {
            throw EngineError.refused(
                "a personal desk has one person; to \(action), make it a team desk first (`flagdesk team convert`)")
        }
    }

    private func requireAccount(_ login: String) throws {
        guard process.uid(ofLogin: login) != nil else {
            throw EngineError.badInput("there is no account named \(login) on this machine")
        }
    }

    private func requireAnotherCoordinator(than login: String, _ team: DeskTeam, to verb: String) throws {
        guard team.coordinators.contains(where: { $0 != login }) else {
            throw EngineError.refused(
                "\(login) is the last coordinator; add another coordinator before you \(verb) them")
        }
    }

    private func putMember(_ login: String, role: UserRole, old: UserRole?, in db: StoreTransaction) throws {
        try TeamRecords.put(TeamMember(login: login, role: role, addedBy: actor, addedAt: now), in: db)
        try teamEvent(
            login, action: old == nil ? "add" : "role", ["old": old?.rawValue ?? "none", "new": role.rawValue], in: db)
    }

    private func teamEvent(_ id: String, action: String, _ payload: [String: String], in db: StoreTransaction) throws {
        try appendEvent(
            AuditEntry(actor: actor, at: now, entity: "team", entityID: id, action: action, payload: payload), in: db)
    }
}
