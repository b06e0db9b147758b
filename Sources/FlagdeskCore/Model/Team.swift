import Foundation

/// Who uses Flagdesk. Flaggers draft; coordinators also approve (four-eyes) and manage the team.
public enum UserRole: String, Sendable, Equatable, CaseIterable {
    case flagger
    case coordinator
}

/// How a desk is used (DESIGN.md §9): one person's own desk, or a team's desk on one server that a
/// service account owns and people reach through `sudo -u`.
public enum DeskSetup: String, Sendable, Equatable, CaseIterable {
    case personal
    case team
}

/// One person of a desk's team, as stored in the desk.
public struct TeamMember: Sendable, Equatable {
    public var login: String
    public var role: UserRole
    public var addedBy: String
    public var addedAt: Date

    public init(login: String, role: UserRole, addedBy: String, addedAt: Date) {
        self.login = login
        self.role = role
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}

/// What a desk says about itself, fixed or changed only through audited commands.
public struct DeskSettings: Sendable, Equatable {
    public var setup: DeskSetup
    /// Nobody approves their own document (applies on a team desk only).
    public var fourEyes: Bool
    /// A test desk: `--now` may date writes, never backwards. Set at creation, never later.
    public var simulatedClock: Bool
    public var createdBy: String
    public var createdAt: Date

    public init(setup: DeskSetup, fourEyes: Bool, simulatedClock: Bool, createdBy: String, createdAt: Date) {
        self.setup = setup
        self.fourEyes = fourEyes
        self.simulatedClock = simulatedClock
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}
