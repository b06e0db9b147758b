import FlagdeskCore
import Foundation

/// Where `flagdesk mail import` reads messages from, each streamed in 1 MiB chunks: a Maildir
/// (its `new/` and `cur/` files), a folder of `.eml` files, an mbox file (it starts with
/// `From `), one message file, or `-` for one message on standard input (a mail filter).
enum MailSource {
    static let chunkSize = 1 << 20

    /// Receives each message as `begin`, its bytes, `end`.
    typealias Sink = (MboxSplitter.Event) throws -> Void

    static func read(_ path: String, into sink: Sink) throws(EngineError) {
        if path == "-" {
            try stream(FileHandle.standardInput, name: "standard input", into: sink)
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .noInput("\(TerminalSanitizer.sanitizeURL(path)): no such file or folder")
        }
        if isFolder.boolValue {
            for file in try messageFiles(in: URL(fileURLWithPath: path)) {
                try readFile(file.path, into: sink)
            }
        } else {
            try readFile(path, into: sink)
        }
    }

    /// A Maildir's `new/` and `cur/` (not `tmp/`: a delivery in progress), else the folder's
    /// own regular files; in name order, so a run is repeatable. Hidden files are skipped.
    static func messageFiles(in folder: URL) throws(EngineError) -> [URL] {
        let manager = FileManager.default
        let maildir = ["new", "cur"].map { folder.appendingPathComponent($0) }
        let folders = maildir.contains(where: { manager.fileExists(atPath: $0.path) }) ? maildir : [folder]
        var files: [URL] = []
        for folder in folders where manager.fileExists(atPath: folder.path) {
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: folder.path)
            } catch {
                throw .noInput("\(TerminalSanitizer.sanitizeURL(folder.path)): \(error.localizedDescription)")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                    files.append(url)
                }
            }
        }
        return files
    }

    static func readFile(_ path: String, into sink: Sink) throws(EngineError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .noInput("\(TerminalSanitizer.sanitizeURL(path)): cannot be read")
        }
        defer { try? handle.close() }
        try stream(handle, name: path, into: sink)
    }

    /// One message, or an mbox when the first bytes are `From `.
    static func stream(_ handle: FileHandle, name: String, into sink: Sink) throws(EngineError) {
        var splitter: MboxSplitter?
        var first = true
        do {
            while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
                let bytes = [UInt8](chunk)
                if first {
                    first = false
                    if bytes.starts(with: Array("From ".utf8)) {
                        splitter = MboxSplitter()
                    } else {
                        try sink(.begin)
                    }
                }
                if var mbox = splitter {
                    var failure: (any Error)?
                    mbox.feed(bytes[...]) { event in
                        guard failure == nil else { return }
                        do { try sink(event) } catch { failure = error }
                    }
                    splitter = mbox
                    if let failure { throw failure }
                } else {
                    try sink(.data(bytes[...]))
                }
            }
            if var mbox = splitter {
                var failure: (any Error)?
                mbox.finish { event in
                    guard failure == nil else { return }
                    do { try sink(event) } catch { failure = error }
                }
                if let failure { throw failure }
            } else if !first {
                try sink(.end)
            }
        } catch let error as EngineError {
            throw error
        } catch {
            throw .noInput("\(TerminalSanitizer.sanitizeURL(name)): \(error.localizedDescription)")
        }
    }
}
