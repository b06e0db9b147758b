import Foundation

/// How the columns (CSV headers, JSON keys) of an import file map to item fields: by the
/// built-in aliases plus the organisation's own (config `[import] aliases`), or by a named
/// mapping from config (`[import.mappings.NAME]`), which lists exactly the columns to read.
public struct ColumnMapping: Sendable, Equatable {
    /// Normalised header -> field.
    public private(set) var fieldByHeader: [String: ImportField]
    /// The mapping's name, nil for the aliases.
    public let name: String?

    /// The built-in aliases, with `extraAliases` (field -> more header names) added.
    public static func aliases(extra extraAliases: [ImportField: [String]] = [:]) -> ColumnMapping {
        var byHeader: [String: ImportField] = [:]
        for field in ImportField.allCases {
            for alias in field.builtInAliases { byHeader[alias] = field }
        }
        // The organisation's names win over built-in ones.
        for (field, names) in extraAliases.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for name in names { byHeader[ImportField.normalizedHeader(name)] = field }
        }
        return ColumnMapping(fieldByHeader: byHeader, name: nil)
    }

    /// A named mapping: field -> the one header that holds it.
    public static func named(_ name: String, columns: [ImportField: String]) -> ColumnMapping {
        var byHeader: [String: ImportField] = [:]
        for (field, header) in columns { byHeader[ImportField.normalizedHeader(header)] = field }
        return ColumnMapping(fieldByHeader: byHeader, name: name)
    }

    public func field(forHeader header: String) -> ImportField? {
        fieldByHeader[ImportField.normalizedHeader(header)]
    }

    /// The column index of each field for a CSV header row. Refused when no column holds the
    /// URL, or when two columns map to the same field (which one would win is a guess).
    public func resolve(header: [String]) throws(ImportFileError) -> ResolvedColumns {
        var indexByField: [ImportField: Int] = [:]
        var ignored: [String] = []
        for (index, name) in header.enumerated() {
            guard let field = field(forHeader: name) else {
                ignored.append(name)
                continue
            }
            if let earlier = indexByField[field] {
                throw ImportFileError(
                    line: 1,
                    reason:
                        "columns '\(header[earlier])' and '\(name)' both map to \(field.rawValue); rename or remove one"
                )
            }
            indexByField[field] = index
        }
        guard indexByField[.url] != nil else {
            throw ImportFileError(line: 1, reason: missingURLReason(header: header))
        }
        return ResolvedColumns(indexByField: indexByField, ignoredColumns: ignored, width: header.count)
    }

    func missingURLReason(header: [String]) -> String {
        let expected =
            name.map { "the column named for url in mapping '\($0)'" }
            ?? "a column named url, link, URL or another alias of url"
        let found = header.isEmpty ? "no columns" : "columns " + header.map { "'\($0)'" }.joined(separator: ", ")
        return "no URL column: expected \(expected); found \(found)"
    }
}

/// A CSV header matched against a mapping.
public struct ResolvedColumns: Sendable, Equatable {
    public let indexByField: [ImportField: Int]
    /// Header names no field uses: reported, so a misnamed column is noticed.
    public let ignoredColumns: [String]
    public let width: Int
}

/// A problem with the file as a whole (no URL column, broken structure): nothing is imported.
public struct ImportFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}
