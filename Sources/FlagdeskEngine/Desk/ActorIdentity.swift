import FlagdeskCore
import Foundation

/// Who is acting (DESIGN.md §9): the operating-system account, never an environment variable on
/// its own. On a team desk people come in through `sudo -u <the store's owner>`; the invoking
/// person (`SUDO_USER`) is believed only when the process really runs under sudo.
public enum ActorIdentity {
    /// How the actor was established, for messages and `team list`.
    public enum Source: Sendable, Equatable {
        case account
        case sudo(from: String)
    }

    public struct Resolved: Sendable, Equatable {
        public var login: String
        public var source: Source
    }

    /// The account this process runs as (its effective uid).
    public static func account(_ process: any ProcessInspector) -> String {
        let uid = process.effectiveUID
        return process.login(ofUID: uid) ?? "uid-\(uid)"
    }

    /// On a personal desk the account acts, whatever `SUDO_USER` says. On a team desk the person
    /// behind sudo acts when every sign of a real sudo holds: this process runs as the store's
    /// owner, its parent is `sudo` running as root (set-uid) for the very account `SUDO_USER` and
    /// `SUDO_UID` name (the parent's real uid; checked under real uids in `Tests/e2e/team-desk.sh`).
    public static func resolve(
        setup: DeskSetup, storeDatabase: String, environment: [String: String], process: any ProcessInspector
    ) -> Resolved {
        let account = account(process)
        guard setup == .team, let invoker = realSudoInvoker(storeDatabase, environment, process) else {
            return Resolved(login: account, source: .account)
        }
        return Resolved(login: invoker, source: .sudo(from: account))
    }

    private static func realSudoInvoker(
        _ storeDatabase: String, _ environment: [String: String], _ process: any ProcessInspector
    ) -> String? {
        guard let login = environment["SUDO_USER"], !login.isEmpty,
            let claimedUID = environment["SUDO_UID"].flatMap({ UInt32($0) }),
            process.uid(ofLogin: login) == claimedUID,
            let owner = process.ownerUID(ofFile: storeDatabase), owner == process.effectiveUID,
            let parent = process.parentProcess(),
            parent.effectiveUID == 0, parent.realUID == claimedUID, parent.command == "sudo"
        else { return nil }
        return login
    }
}
