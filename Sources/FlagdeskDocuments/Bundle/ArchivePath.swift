/// Paths inside an archive: relative, made of safe names only. Names often come from outside
/// (an evidence file's original name, a URL): unpacking `../../.bashrc` or `/etc/passwd` must be
/// impossible whatever the name was.
public enum ArchivePath {
    /// A file name made safe: letters, digits, `.`, `-` and `_` kept; anything else (slashes,
    /// `..`, spaces, control characters, non-ASCII) becomes `_`; no leading dot; at most 100
    /// characters; never empty.
    public static func safeName(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            let isSafe =
                (scalar.value >= 48 && scalar.value <= 57) || (scalar.value >= 65 && scalar.value <= 90)
                || (scalar.value >= 97 && scalar.value <= 122) || scalar == "-" || scalar == "_" || scalar == "."
            result.unicodeScalars.append(isSafe ? scalar : "_")
        }
        while result.contains("..") { result = result.replacingOccurrences(of: "..", with: "_") }
        while result.hasPrefix(".") { result = "_" + result.dropFirst() }
        if result.count > 100 { result = String(result.suffix(100)) }
        return result.isEmpty ? "_" : result
    }

    /// An evidence file's name in an archive: the first 16 hex digits of its SHA-256, then its
    /// original name made safe, cut from the front (keeping the extension) so the whole stays
    /// within 100 characters and the hash is never the part cut away.
    public static func evidenceName(sha256: String, originalName: String) -> String {
        let prefix = safeName(String(sha256.lowercased().prefix(16))) + "-"
        let name = safeName(originalName)
        return prefix + String(name.suffix(100 - prefix.count))
    }

    /// `path` if no entry has it yet, else `path` with `-2`, `-3`... before its extension: two
    /// different files never share one entry (one would hide the other, and `SHA256SUMS` would
    /// still pass).
    public static func unique(_ path: String, taken: Set<String>) -> String {
        guard taken.contains(path) else { return path }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[slash...].lastIndex(of: ".").flatMap { $0 > slash ? $0 : nil } ?? path.endIndex
        var number = 2
        while true {
            let candidate = "\(path[..<dot])-\(number)\(path[dot...])"
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }

    /// Joins safe names with `/`.
    public static func join(_ components: [String]) -> String {
        components.map(safeName).joined(separator: "/")
    }

    /// Whether a path may go into an archive: relative, no empty, `.` or `..` component.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}
