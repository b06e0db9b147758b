import FlagdeskCore
import FlagdeskStore
import Foundation

/// `--rejects FILE`: every rejected row as CSV, written as it is found (memory stays flat).
/// Columns: `rejected_line`, `rejected_reason`, then the row as it was (under its own header
/// for CSV, one `record` column of JSON text otherwise), so the file can be fixed and imported
/// again. Private (0600): it holds flagged URLs.
final class RejectsFile {
    private let handle: FileHandle
    private let format: ImportFormat
    private var wroteHeader = false

    init(_ file: URL, format: ImportFormat) throws(EngineError) {
        self.format = format
        let created = FileManager.default.createFile(
            atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        guard created, let handle = try? FileHandle(forWritingTo: file) else {
            throw .noInput("cannot write the rejects file '\(file.path)'; nothing was imported")
        }
        self.handle = handle
    }

    func write(_ rejection: ImportRejection, header: [String]) throws {
        try writeHeader(header)
        try handle.write(
            contentsOf: Data(CSVWriter.row([String(rejection.line), rejection.reason] + rejection.raw).utf8))
    }

    /// Writes the header when no row was rejected, so an old rejects file never lingers.
    func finish(header: [String]?) throws {
        try writeHeader(header ?? [])
    }

    private func writeHeader(_ header: [String]) throws {
        guard !wroteHeader else { return }
        wroteHeader = true
        let columns = format == .csv ? header : ["record"]
        try handle.write(contentsOf: Data(CSVWriter.row(["rejected_line", "rejected_reason"] + columns).utf8))
    }

    func close() {
        try? handle.close()
    }
}
