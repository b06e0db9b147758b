import FlagdeskCore

/// Reads import bytes as `flagdesk import` does (chunk by chunk) and checks what the importer
/// promises: any bytes give records or an `ImportFileError`, never a crash, and where the file is
/// cut into chunks changes nothing (the CLI reads 1 MiB at a time).
public enum ImportHarness {
    public struct Outcome: Equatable {
        public var records: [ImportRecord] = []
        public var error: ImportFileError?
    }

    public static func check(_ bytes: [UInt8], format: ImportFormat, chunkSize: Int) {
        let whole = read(bytes, format: format, chunkSize: bytes.count)
        let chunked = read(bytes, format: format, chunkSize: chunkSize)
        require(whole == chunked, "\(format) read whole and in chunks of \(chunkSize) differ")
        var validator = ImportRowValidator()
        for record in whole.records {
            // Every row is accepted or rejected with a reason, never a crash.
            if case .failure(let rejection) = validator.validate(record) {
                require(!rejection.reason.isEmpty, "a rejection without a reason at line \(record.line)")
            }
        }
    }

    public static func read(_ bytes: [UInt8], format: ImportFormat, chunkSize: Int) -> Outcome {
        var reader = ImportReader(format: format, mapping: .aliases())
        var outcome = Outcome()
        do {
            for chunk in chunks(bytes, size: chunkSize) {
                try reader.feed(chunk) { outcome.records.append($0) }
            }
            try reader.finish { outcome.records.append($0) }
        } catch let error as ImportFileError {
            outcome.error = error
        } catch {
            require(false, "\(format) reader threw \(type(of: error)), not ImportFileError: \(error)")
        }
        return outcome
    }
}
