import FlagdeskCore
import Foundation
import GRDB

/// The desk's own settings and its team (migration `v9-team`). The engine decides who may change
/// them; this file only reads and writes the rows.
public enum TeamRecords {
    /// nil for a desk created before `v9-team` that nobody has set up yet.
    public static func settings(in db: Database) throws -> DeskSettings? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM desk_settings WHERE id = 1") else { return nil }
        let setupText: String = row["setup"]
        let createdAt: String = row["created_at"]
        return DeskSettings(
            setup: DeskSetup(rawValue: setupText) ?? .team, fourEyes: row["four_eyes"],
            simulatedClock: row["simulated_clock"], createdBy: row["created_by"],
            createdAt: ISO8601.parseInstant(createdAt) ?? .distantPast)
    }

    public static func insertSettings(_ settings: DeskSettings, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO desk_settings (id, setup, four_eyes, simulated_clock, created_by, created_at)
                VALUES (1, ?, ?, ?, ?, ?)
                """,
            arguments: [
                settings.setup.rawValue, settings.fourEyes, settings.simulatedClock, settings.createdBy,
                ISO8601.format(settings.createdAt),
            ])
    }

    public static func setSetup(_ setup: DeskSetup, in db: Database) throws {
        try db.execute(sql: "UPDATE desk_settings SET setup = ? WHERE id = 1", arguments: [setup.rawValue])
    }

    public static func setFourEyes(_ on: Bool, in db: Database) throws {
        try db.execute(sql: "UPDATE desk_settings SET four_eyes = ? WHERE id = 1", arguments: [on])
    }

    /// The team, by login.
    public static func members(in db: Database) throws -> [TeamMember] {
        try Row.fetchAll(db, sql: "SELECT * FROM team_members ORDER BY login").map { row in
            let role: String = row["role"]
            let addedAt: String = row["added_at"]
            return TeamMember(
                login: row["login"], role: UserRole(rawValue: role) ?? .flagger, addedBy: row["added_by"],
                addedAt: ISO8601.parseInstant(addedAt) ?? .distantPast)
        }
    }

    /// Adds a member or changes their role.
    public static func put(_ member: TeamMember, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO team_members (login, role, added_by, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (login) DO UPDATE SET role = excluded.role
                """,
            arguments: [member.login, member.role.rawValue, member.addedBy, ISO8601.format(member.addedAt)])
    }

    public static func remove(login: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM team_members WHERE login = ?", arguments: [login])
    }

}
