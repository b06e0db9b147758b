import Foundation

@testable import FlagdeskEngine

/// A process as `ActorIdentity` sees it, made up: the account it runs as, the accounts the machine
/// knows, and whether a root-owned `sudo` is its parent. The store's owner is read for real (the
/// test process owns every store it creates), so "runs as the store's owner" holds.
struct FakeProcess: ProcessInspector {
    /// The name of this process's account (the service account on a team desk).
    var account: String
    /// Whether a real sudo started this process (parent named `sudo`, effective uid 0).
    var underSudo: Bool
    /// Who ran that sudo (its real uid).
    var invoker = "root"
    /// Logins the machine knows besides `account`.
    var known: [String] = ["alice", "bob", "chiara", "dora", "mallory", "flagdesk"]

    var effectiveUID: UInt32 { UInt32(geteuid()) }

    func login(ofUID uid: UInt32) -> String? { uid == effectiveUID ? account : known.first { fakeUID($0) == uid } }

    func uid(ofLogin login: String) -> UInt32? {
        login == account ? effectiveUID : known.contains(login) ? fakeUID(login) : nil
    }

    func ownerUID(ofFile path: String) -> UInt32? { SystemProcessInspector().ownerUID(ofFile: path) }

    func parentProcess() -> ParentProcess? {
        underSudo
            ? ParentProcess(realUID: uid(ofLogin: invoker) ?? 0, effectiveUID: 0, command: "sudo")
            : ParentProcess(realUID: effectiveUID, effectiveUID: effectiveUID, command: "bash")
    }

    /// Made-up uids far above the real ones.
    func fakeUID(_ login: String) -> UInt32 { 60_000 + UInt32(known.firstIndex(of: login) ?? 99) }

    /// The environment a real `sudo -u <account>` gives `login`.
    func sudoEnvironment(_ login: String) -> [String: String] {
        ["SUDO_USER": login, "SUDO_UID": String(uid(ofLogin: login) ?? 0)]
    }

    /// `login` coming in through a real sudo into the service account.
    static func sudo(_ login: String) -> (FakeProcess, [String: String]) {
        let process = FakeProcess(account: "flagdesk", underSudo: true, invoker: login)
        return (process, process.sudoEnvironment(login))
    }
}
