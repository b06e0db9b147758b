import Foundation
import Logging

/// swift-log handler appending to a file (0600): under curses nothing may be written to the
/// screen (DESIGN.md §8), so the desk logs here.
public struct FileLogHandler: LogHandler {
    private let file: LogFile
    private let label: String
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

    public init(label: String, file: LogFile) {
        self.label = label
        self.file = file
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let time = ISO8601DateFormatter().string(from: Date())
        file.append("\(time) \(event.level) \(label): \(event.message)\n")
    }
}

/// An append-only log file shared by every logger of the process.
public final class LogFile: @unchecked Sendable {
    private let handle: FileHandle?
    private let lock = NSLock()
    public let path: String

    /// Opens (or creates, mode 0600) the file; logging is silently off when it cannot be written,
    /// which must never stop the desk from working.
    public init(path: String) {
        self.path = path
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        handle = FileHandle(forWritingAtPath: path)
        _ = try? handle?.seekToEnd()
    }

    func append(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        try? handle?.write(contentsOf: Data(line.utf8))
    }
}
