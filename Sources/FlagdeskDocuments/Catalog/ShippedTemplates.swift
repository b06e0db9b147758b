import Foundation

/// Where the templates that ship with Flagdesk are at run time.
///
/// SwiftPM copies `Sources/FlagdeskDocuments/Templates` (the top-level `Templates/` is a symlink
/// to it) into a resource bundle next to the built binary: `swift run`, `swift test` and
/// `swift build` find it there. An installed binary finds them in `../share/flagdesk/Templates`
/// relative to itself (`install` copies them there; README "Installing"). The generated
/// `Bundle.module` is not used: it stops the process when the bundle is missing, and an
/// installed binary must instead say where it looked.
public enum ShippedTemplates {
    /// The folder of shipped templates, or an error listing every place searched.
    public static func locate(executable: URL? = Bundle.main.executableURL) throws(DocumentsError) -> URL {
        let candidates = self.candidates(executable: executable)
        for candidate in candidates where isTemplateFolder(candidate) { return candidate }
        throw .shippedTemplatesNotFound(searched: candidates.map(\.path))
    }

    /// The places searched, in order.
    static func candidates(executable: URL?) -> [URL] {
        guard let executable else { return [] }
        let binDirectory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var found: [URL] = []
        // The resource bundle is named `<package>_FlagdeskDocuments.resources`; the package name
        // differs between the main package and development packages.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: binDirectory.path)) ?? []
        for name in names.sorted() where name.hasSuffix("_FlagdeskDocuments.resources") {
            found.append(binDirectory.appendingPathComponent(name).appendingPathComponent("Templates"))
        }
        found.append(
            binDirectory.deletingLastPathComponent().appendingPathComponent("share/flagdesk/Templates"))
        return found
    }

    private static func isTemplateFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let english = url.appendingPathComponent("dsa-notice/en.mustache").path
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.fileExists(atPath: english)
    }
}
