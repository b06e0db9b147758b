import Foundation

/// Whether a path lies inside the store folder once every symbolic link is followed: a key file
/// reached through a link (or a link to the store folder) is as much "in the store" as one
/// written there, and a copy or backup of the store would carry it.
enum StoreContainment {
    static func isInside(_ file: URL, folder: URL) -> Bool {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let resolved = resolvingExistingAncestors(file.standardizedFileURL).path
        return resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `resolvingSymlinksInPath` stops at the first missing component, so a file not yet
    /// created is resolved through the nearest folder that exists.
    private static func resolvingExistingAncestors(_ url: URL) -> URL {
        var existing = url
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in missing { resolved.appendPathComponent(component) }
        return resolved
    }
}
