import Foundation

/// The layouts `flagdesk import` reads.
public enum ImportFormat: String, CaseIterable, Sendable, Codable {
    case csv
    /// One JSON array of objects.
    case json
    /// One JSON object per line (also called JSON Lines).
    case ndjson

    /// The format a file is in when none is named: by extension, else by its first character
    /// (`[` a JSON array, `{` NDJSON, anything else CSV).
    public static func detect(fileName: String, firstBytes: some Sequence<UInt8>) -> ImportFormat {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "csv", "tsv": return .csv
        case "json": return .json
        case "ndjson", "jsonl": return .ndjson
        default: break
        }
        let first = firstBytes.first { byte in
            !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB
                || byte == 0xBF)
        }
        switch first {
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "{"): return .ndjson
        default: return .csv
        }
    }
}

/// One row of an import file, its values keyed by field, with what is needed to report it.
public struct ImportRecord: Sendable, Equatable {
    public var line: Int
    public var values: [ImportField: String]
    /// The row as it was: CSV fields, or the JSON text of the record (for the rejects file).
    public var raw: [String]
    /// Set when the row cannot be read at all (bad JSON, too many fields, not UTF-8).
    public var problem: String?
    /// The CSV header the row was read under (empty for JSON), for the rejects file.
    public var header: [String]

    public init(line: Int, values: [ImportField: String], raw: [String], problem: String? = nil, header: [String] = [])
    {
        self.line = line
        self.values = values
        self.raw = raw
        self.problem = problem
        self.header = header
    }
}
