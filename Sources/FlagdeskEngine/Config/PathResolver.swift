import Foundation

/// Resolves paths written in a config file: `~/` is the home folder (from the environment
/// passed in, never the process's own), and a relative path is relative to the folder of the
/// config file, so a config works the same from any working directory.
struct PathResolver: Sendable {
    /// The folder of the config file; nil when there is no file (paths stay as written).
    let baseDirectory: String?
    let home: String?

    func resolve(_ path: String) -> String {
        var expanded = path
        if let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") {
            expanded = home + path.dropFirst()
        }
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        guard let baseDirectory else { return expanded }
        return URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: baseDirectory, isDirectory: true))
            .standardizedFileURL.path
    }
}
