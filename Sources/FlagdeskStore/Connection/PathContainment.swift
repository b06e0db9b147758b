import Foundation

/// Whether a path lies inside a folder once every symbolic link is followed: a key file reached
/// through a link (or a link to the store folder) is as much "in the store" as one written there,
/// and a copy or backup of the store would carry it. Used for the seal key and the vault key.
public enum PathContainment {
    public static func isInside(_ file: URL, folder: URL) -> Bool {
        let path = resolved(file)
        let root = resolved(folder)
        return path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The path with every link resolved, the missing tail (a file not yet created) kept as given:
    /// `resolvingSymlinksInPath` stops at the first missing component.
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var tail: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            tail.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for part in tail { path += (path.hasSuffix("/") ? "" : "/") + part }
        return path
    }
}
