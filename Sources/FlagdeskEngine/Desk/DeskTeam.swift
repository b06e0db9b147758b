import FlagdeskCore
import FlagdeskStore
import Foundation

/// The desk's team and set-up as stored in the desk (DESIGN.md §9): the only source of roles.
public struct DeskTeam: Sendable, Equatable {
    public var settings: DeskSettings
    public var members: [TeamMember]
    /// A desk created before the team was stored: personal, its one member the account that
    /// owns the store's files, until a coordinator runs a `team` command that writes it down.
    public var isUnrecorded: Bool

    public func role(of login: String) -> UserRole? { members.first { $0.login == login }?.role }

    /// Four-eyes needs a second person: it applies on a team desk that has it on.
    public var fourEyesApplies: Bool { settings.setup == .team && settings.fourEyes }

    public var coordinators: [String] { members.filter { $0.role == .coordinator }.map(\.login) }

    /// How a configuration's `[users]` differs from the team; empty when it agrees or lists nobody.
    func disagreement(with users: [String: UserRole]) -> [String] {
        guard !users.isEmpty else { return [] }
        var differences: [String] = []
        for (login, role) in users.sorted(by: { $0.key < $1.key }) {
            switch self.role(of: login) {
            case nil: differences.append("\(login) = \"\(role.rawValue)\" is not a member of the desk")
            case let stored? where stored != role:
                differences.append("\(login) = \"\(role.rawValue)\" but the desk says \(stored.rawValue)")
            default: break
            }
        }
        for member in members where users[member.login] == nil {
            differences.append("\(member.login) (\(member.role.rawValue) in the desk) is not listed")
        }
        return differences
    }

    /// Reads the team; a desk from before `v9-team` is its store owner's personal desk.
    static func load(
        in db: StoreTransaction, storeOwner: @autoclosure () -> String, fourEyes: Bool
    ) throws -> DeskTeam {
        if let settings = try TeamRecords.settings(in: db) {
            return DeskTeam(settings: settings, members: try TeamRecords.members(in: db), isUnrecorded: false)
        }
        let owner = storeOwner()
        return DeskTeam(
            settings: DeskSettings(
                setup: .personal, fourEyes: fourEyes, simulatedClock: false, createdBy: owner,
                createdAt: .distantPast),
            members: [TeamMember(login: owner, role: .coordinator, addedBy: owner, addedAt: .distantPast)],
            isUnrecorded: true)
    }
}
