import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Who is acting: the operating-system login (DESIGN.md: roles come from config `[users]`).
/// On a shared server the store usually belongs to a service account that people reach through
/// `sudo -u flagdesk`; then the person is `SUDO_USER`, not the service account.
public enum ActorIdentity {
    public static func login(environment: [String: String]) -> String {
        if let sudoUser = environment["SUDO_USER"], !sudoUser.isEmpty { return sudoUser }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return environment["USER"] ?? "unknown"
    }
}
