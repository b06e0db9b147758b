import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The parent of this process as the kernel reports it (`/proc/<ppid>/status` and `comm`).
public struct ParentProcess: Sendable, Equatable {
    public var realUID: UInt32
    public var effectiveUID: UInt32
    public var command: String

    public init(realUID: UInt32, effectiveUID: UInt32, command: String) {
        self.realUID = realUID
        self.effectiveUID = effectiveUID
        self.command = command
    }
}

/// What `ActorIdentity` asks the operating system: behind a protocol so tests can feed it a
/// sudo that is not there.
public protocol ProcessInspector: Sendable {
    var effectiveUID: UInt32 { get }
    func login(ofUID uid: UInt32) -> String?
    func uid(ofLogin login: String) -> UInt32?
    /// The account owning a file (the store's database: its owner is the desk's account).
    func ownerUID(ofFile path: String) -> UInt32?
    func parentProcess() -> ParentProcess?
}

/// The real answers: the password database, `stat`, and `/proc`.
public struct SystemProcessInspector: ProcessInspector {
    public init() {}

    public var effectiveUID: UInt32 { UInt32(geteuid()) }

    public func login(ofUID uid: UInt32) -> String? {
        guard let entry = getpwuid(uid_t(uid)), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    public func uid(ofLogin login: String) -> UInt32? {
        guard let entry = getpwnam(login) else { return nil }
        return UInt32(entry.pointee.pw_uid)
    }

    public func ownerUID(ofFile path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_uid)
    }

    /// With Debian's `use_pty` (the default), sudo forks a monitor that runs the command: the
    /// parent is still a process named `sudo`, effective uid 0, real uid the invoking person's
    /// (checked in `Tests/e2e/team-desk.sh`).
    public func parentProcess() -> ParentProcess? {
        let folder = "/proc/\(getppid())"
        guard let status = try? String(contentsOfFile: folder + "/status", encoding: .utf8),
            let comm = try? String(contentsOfFile: folder + "/comm", encoding: .utf8),
            let ids = Self.uidLine(status)
        else { return nil }
        return ParentProcess(
            realUID: ids.real, effectiveUID: ids.effective,
            command: comm.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `Uid:\treal\teffective\tsaved\tfs`.
    static func uidLine(_ status: String) -> (real: UInt32, effective: UInt32)? {
        for line in status.split(separator: "\n") where line.hasPrefix("Uid:") {
            let fields = line.dropFirst(4).split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap {
                UInt32($0)
            }
            guard fields.count >= 2 else { return nil }
            return (fields[0], fields[1])
        }
        return nil
    }
}
