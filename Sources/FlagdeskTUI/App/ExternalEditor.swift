import FlagdeskEngine
import Foundation

/// Long text in the user's editor, as mutt and git do: `$VISUAL`, else `$EDITOR`, on a private
/// (0600) temporary file that is removed afterwards. Flagged content never lands in a file
/// others can read.
enum ExternalEditor {
    /// On a team desk reached through sudo the editor would run as the service account, which
    /// holds the seal and vault keys: most editors open a shell (`:!sh`), so the person would
    /// get one as that account. There the desk uses its own inline editor.
    static func allowed(in environment: [String: String], for source: ActorIdentity.Source) -> [String: String] {
        guard case .sudo = source else { return environment }
        return environment.filter { $0.key != "VISUAL" && $0.key != "EDITOR" }
    }

    static func command(in environment: [String: String]) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    /// The edited text, or nil when the editor failed (non-zero exit, file unreadable).
    static func edit(_ text: String, command: String) -> String? {
        let folder = FileManager.default.temporaryDirectory
        let file = folder.appendingPathComponent("flagdesk-edit-\(UUID().uuidString).txt")
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The command may carry arguments (`code --wait`); the file name is passed as "$1".
        process.arguments = ["-c", command + " \"$1\"", "flagdesk-editor", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        guard process.terminationStatus == 0 else { return nil }
        return try? String(contentsOf: file, encoding: .utf8)
    }
}
