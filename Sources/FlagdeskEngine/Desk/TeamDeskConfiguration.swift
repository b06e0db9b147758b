import Foundation

/// On a team desk reached through sudo, the configuration is the service account's, never one a
/// member brings along with `--config`: a configuration names commands Flagdesk runs
/// (`[sending] send_command`), folders it reads templates from and where letters go, so a
/// member's own file would run her commands as the service account — which holds the seal and
/// vault keys — and send letters nobody approved (issue #14: no configuration grants anything).
/// Read only if the service account or root owns it and nobody else may write to it.
enum TeamDeskConfiguration {
    static func check(path: String?, actor: ActorIdentity.Resolved, process: any ProcessInspector) throws(EngineError) {
        guard case .sudo(let service) = actor.source, let path, FileManager.default.fileExists(atPath: path) else {
            return
        }
        let person = actor.login
        let owner = process.ownerUID(ofFile: path)
        if let owner, owner != process.effectiveUID, owner != 0 {
            throw .configuration(
                "\(path) belongs to \(process.login(ofUID: owner) ?? "uid \(owner)"), not to \(service): on a team "
                    + "desk \(person) works with the service account's configuration (leave out --config), since a "
                    + "configuration names commands Flagdesk runs as \(service)")
        }
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
        if permissions & 0o022 != 0 {
            throw .configuration(
                "\(path) may be changed by accounts other than \(service) (mode \(String(permissions, radix: 8))); "
                    + "on a team desk the configuration must be writable by its owner only: chmod go-w \(path)")
        }
    }
}
