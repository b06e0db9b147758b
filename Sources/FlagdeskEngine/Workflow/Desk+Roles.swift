import FlagdeskCore
import Foundation

/// Who may do what (issue #4, #8): enforced here, in the engine, for every front.
extension Desk {
    /// The acting user's role: as listed in `[users]`; coordinator in single-user mode (no
    /// `[users]`); nil for a login that is not listed.
    public var role: UserRole? { config.role(of: actor) }

    /// Any listed user may triage, draft, send approved documents and record answers.
    func requireUser(to action: String) throws(EngineError) {
        guard role != nil else {
            throw .refused(
                "\(actor) is not listed in [users] of the configuration, so cannot \(action); "
                    + "ask a coordinator to add \(actor) = \"flagger\" or \"coordinator\"")
        }
    }

    /// Approving what goes out is a coordinator's decision.
    func requireCoordinator(to action: String) throws(EngineError) {
        try requireUser(to: action)
        guard role == .coordinator else {
            throw .refused("\(actor) is a flagger; only a coordinator can \(action)")
        }
    }

    /// Four-eyes (config `[approval] four_eyes`): nobody approves their own document. With no
    /// `[users]` listed there is only one person, so there is no second pair of eyes to ask for;
    /// the approval event then says so.
    var fourEyesApplies: Bool { config.fourEyes && !config.users.isEmpty }
}
