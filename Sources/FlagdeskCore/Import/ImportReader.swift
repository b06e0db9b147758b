import Foundation

/// Reads an import file chunk by chunk into `ImportRecord`s: CSV through `CSVParser` (the
/// first record is the header), JSON and NDJSON through `JSONRecordSplitter`, columns mapped
/// by a `ColumnMapping`. Pure: the caller does the file I/O, so memory stays flat.
public struct ImportReader: Sendable {
    public let format: ImportFormat
    public let mapping: ColumnMapping
    /// The CSV header, once read; for JSON, the column names are the keys of each record.
    public private(set) var header: [String]?
    /// Columns present in the file that no field uses (at most 50 names are kept).
    public private(set) var ignoredColumns: [String] = []
    private var columns: ResolvedColumns?
    /// JSON key -> field, so a key is normalised once, not on every record (bounded).
    private var fieldByKey: [String: ImportField?] = [:]
    private var csv = CSVParser()
    private var json: JSONRecordSplitter

    public var delimiter: UInt8? { format == .csv ? csv.delimiter : nil }

    public init(format: ImportFormat, mapping: ColumnMapping) {
        self.format = format
        self.mapping = mapping
        self.json = JSONRecordSplitter(layout: format == .json ? .array : .lines)
    }

    public mutating func feed(_ bytes: some Collection<UInt8>, emit: (ImportRecord) throws -> Void) throws {
        do {
            switch format {
            case .csv:
                // Moved out (not copied) so the parser's buffers are never copied on write.
                var parser = csv
                csv = CSVParser()
                defer { csv = parser }
                try parser.feed(bytes) { record in try handle(record, emit: emit) }
            case .json, .ndjson:
                var splitter = json
                json = JSONRecordSplitter()
                defer { json = splitter }
                try splitter.feed(bytes) { record in try emit(decode(record)) }
            }
        } catch let error as CSVError {
            throw ImportFileError(line: error.line, reason: error.reason)
        } catch let error as JSONStructureError {
            throw ImportFileError(line: error.line, reason: error.reason)
        }
    }

    public mutating func finish(emit: (ImportRecord) throws -> Void) throws {
        do {
            switch format {
            case .csv:
                // Moved out (not copied) so the parser's buffers are never copied on write.
                var parser = csv
                csv = CSVParser()
                defer { csv = parser }
                try parser.finish { record in try handle(record, emit: emit) }
                if header == nil { throw ImportFileError(line: 1, reason: "the file is empty (no header row)") }
            case .json, .ndjson:
                var splitter = json
                json = JSONRecordSplitter()
                defer { json = splitter }
                try splitter.finish { record in try emit(decode(record)) }
            }
        } catch let error as CSVError {
            throw ImportFileError(line: error.line, reason: error.reason)
        } catch let error as JSONStructureError {
            throw ImportFileError(line: error.line, reason: error.reason)
        }
    }

    private mutating func handle(_ record: CSVRecord, emit: (ImportRecord) throws -> Void) throws {
        guard let columns else {
            header = record.fields
            columns = try mapping.resolve(header: record.fields)
            ignoredColumns = Array(columns?.ignoredColumns.prefix(50) ?? [])
            return
        }
        // Sized once: grown field by field, its rehashing was a twentieth of an import's reading.
        var values: [ImportField: String] = Dictionary(minimumCapacity: columns.indexByField.count)
        for (field, index) in columns.indexByField where index < record.fields.count {
            values[field] = record.fields[index]
        }
        var problem: String?
        if record.invalidUTF8 {
            problem = "the row is not valid UTF-8 (save the file as UTF-8)"
        } else if record.fields.count > columns.width, record.fields[columns.width...].contains(where: { !$0.isEmpty })
        {
            problem = "the row has \(record.fields.count) fields but the header has \(columns.width)"
        }
        try emit(
            ImportRecord(line: record.line, values: values, raw: record.fields, problem: problem, header: header ?? []))
    }

    private mutating func decode(_ record: JSONRecordText) -> ImportRecord {
        let raw = [record.text]
        let object: [String: JSONImportValue]
        do {
            object = try JSONDecoder().decode([String: JSONImportValue].self, from: Data(record.bytes))
        } catch {
            return ImportRecord(
                line: record.line, values: [:], raw: raw, problem: "not a JSON object with text, number or list values")
        }
        var values: [ImportField: String] = [:]
        var keyByField: [ImportField: String] = [:]
        for (key, value) in object {
            let known = fieldByKey[key]
            let field = known ?? mapping.field(forHeader: key)
            if known == nil, fieldByKey.count < 200 { fieldByKey[key] = .some(field) }
            guard let field else {
                if ignoredColumns.count < 50, !ignoredColumns.contains(key) { ignoredColumns.append(key) }
                continue
            }
            // Two keys for one field (`"url"` and `"link"`, `"Tags"` and `"tags"`): which one won
            // would depend on the dictionary's order, which differs from run to run (found by
            // fuzzing). Refused, as CSV refuses two such columns.
            if let other = keyByField[field] {
                let names = [other, key].sorted().map { "'\($0)'" }.joined(separator: " and ")
                return ImportRecord(
                    line: record.line, values: [:], raw: raw,
                    problem: "keys \(names) both map to \(field.rawValue); rename or remove one")
            }
            keyByField[field] = key
            if let text = value.text { values[field] = text }
        }
        if values[.url] == nil {
            return ImportRecord(
                line: record.line, values: values, raw: raw,
                problem: mapping.missingURLReason(header: object.keys.sorted()))
        }
        return ImportRecord(line: record.line, values: values, raw: raw)
    }
}

/// A JSON value in an import record: text, number, true/false, null, or a list of those
/// (keywords as `["human-trafficking", "human-exploitation"]`). Nested objects are refused.
enum JSONImportValue: Decodable, Sendable {
    case text(String)
    case list([String])
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .text(flag ? "true" : "false")
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let number = try? container.decode(Double.self) {
            self = .text(number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number))
        } else {
            self = .list(try container.decode([JSONImportScalar].self).map(\.text))
        }
    }

    var text: String? {
        switch self {
        case .text(let text): return text
        case .list(let items): return items.joined(separator: "|")
        case .null: return nil
        }
    }
}

/// An element of a list in a JSON import record.
struct JSONImportScalar: Decodable, Sendable {
    let text: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.text = text
        } else if let flag = try? container.decode(Bool.self) {
            self.text = flag ? "true" : "false"
        } else {
            self.text = String(try container.decode(Double.self))
        }
    }
}
