import FlagdeskCore
import FlagdeskStore
import Foundation

/// Who may do what (issue #4, #8, #14): enforced here, in the engine, for every front. Roles come
/// from the desk's team (`DeskTeam`), never from a configuration.
extension Desk {
    /// The acting user's role when the desk opened; nil for someone who is not a member.
    public var role: UserRole? { openedTeam.role(of: actor) }

    /// The team as stored now (a coordinator may have changed it since the desk opened).
    public func currentTeam() throws(EngineError) -> DeskTeam {
        try storeRead { db in try team(in: db) }
    }

    /// The team inside a transaction the caller holds.
    func team(in db: StoreTransaction) throws -> DeskTeam {
        try DeskTeam.load(in: db, storeOwner: openedTeam.settings.createdBy, fourEyes: config.fourEyes)
    }

    /// Any member may triage, draft, send approved documents and record answers. Every writing
    /// use case starts here, so the clock is checked here too (`writes: false` for a dry run).
    func requireUser(to action: String, writes: Bool = true) throws(EngineError) {
        guard try currentTeam().role(of: actor) != nil else { throw notAMember(to: action) }
        if writes {
            try requireWritableStore()
            try requireWritableClock()
        }
    }

    /// Approving what goes out, and managing the team, is a coordinator's decision.
    func requireCoordinator(to action: String, writes: Bool = true) throws(EngineError) {
        try requireUser(to: action, writes: writes)
        guard try currentTeam().role(of: actor) == .coordinator else {
            throw .refused("\(actor) is a flagger; only a coordinator can \(action)")
        }
    }

    func notAMember(to action: String) -> EngineError {
        switch openedTeam.settings.setup {
        case .personal:
            let owner = openedTeam.members.first?.login ?? "its owner"
            return .refused("this is \(owner)'s personal desk; \(actor) cannot \(action)")
        case .team:
            return .refused(
                "\(actor) is not a member of this team desk, so cannot \(action); "
                    + "a coordinator can add \(actor) with `flagdesk team add \(actor) --role flagger`")
        }
    }

    /// At open: a non-member gets nothing but what `DeskAccess.outsider` allows.
    func checkAccess(_ access: DeskAccess) throws(EngineError) {
        guard access != .outsider, openedTeam.role(of: actor) == nil else { return }
        throw notAMember(to: "use it (`flagdesk team list` and `flagdesk verify` are open to everyone)")
    }

    /// No configuration grants, changes or drops a role: a `[users]` that disagrees with the desk
    /// is refused. `[approval] four_eyes` was taken in when the desk was created; the desk's value
    /// rules after that, and a configuration saying otherwise is told, not followed.
    func checkConfiguration(notice: (@Sendable (String) -> Void)?) throws(EngineError) {
        try checkOrganisation(notice: notice)
        let differences = openedTeam.disagreement(with: config.users)
        if !differences.isEmpty {
            throw .configuration(
                "the configuration's [users] disagrees with the desk's team: "
                    + differences.joined(separator: "; ")
                    + ". Roles belong to the desk: remove [users] from the configuration, change the team with "
                    + "`flagdesk team`, or have a coordinator take [users] in once with `flagdesk team adopt-config`")
        }
        if let stated = config.fourEyesStated, stated != openedTeam.settings.fourEyes,
            openedTeam.settings.setup == .team
        {
            notice?(
                "the configuration's [approval] four_eyes = \(stated) is ignored: the desk's four-eyes is "
                    + "\(openedTeam.settings.fourEyes ? "on" : "off") (a coordinator changes it with "
                    + "`flagdesk team four-eyes on|off`)")
        }
    }
}
