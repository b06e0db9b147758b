import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes an export to a file the way both fronts must (DESIGN.md §8): under a temporary name in
/// the same folder first, mode 0600, then linked into place (never replacing a file that exists,
/// even one that appeared meanwhile) or, when replacing was asked for, renamed over it. A failed
/// write never leaves half a file.
public enum SafeFileWriter {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file exists and replacing it was not asked for: nothing was written.
        case exists(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) exists; nothing was written"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    public static func write(_ data: Data, to path: String, replacing: Bool) throws(Failure) {
        try place(at: path, replacing: replacing) { temporary in
            guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
    }

    /// Has `produce` write a temporary file next to `path`, then puts it in place.
    public static func place(at path: String, replacing: Bool, _ produce: (URL) throws -> Void) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        if exists(target.path), !replacing { throw .exists(path) }
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).part")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try produce(temporary)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
        } catch {
            throw .cannotWrite(path, reason: error.localizedDescription)
        }
        // Without replacing, link() fails if the file appeared meanwhile: nothing is overwritten.
        let placed = replacing ? rename(temporary.path, target.path) : link(temporary.path, target.path)
        guard placed == 0 else {
            if errno == EEXIST { throw .exists(path) }
            throw .cannotWrite(path, reason: String(cString: strerror(errno)))
        }
    }
}
