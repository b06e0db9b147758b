import FlagdeskCore
import Foundation

extension ConfigDecoder {
    /// `[import]`: `aliases` (field = list of header names) and `[import.mappings.NAME]`
    /// tables (field = header name).
    func importSettings(_ table: TOMLTableReader) -> FlagdeskConfig.ImportSettings {
        var settings = FlagdeskConfig.ImportSettings()
        if let aliases = table.table("aliases") {
            for (key, _) in aliases.entries() {
                guard let field = importField(key, in: aliases) else { continue }
                if let names = aliases.stringArray(key) { settings.aliases[field] = names }
            }
            aliases.finish()
        }
        if let mappings = table.table("mappings") {
            for (name, _) in mappings.entries() {
                guard let mapping = mappings.table(name) else { continue }
                var columns: [ImportField: String] = [:]
                for (key, _) in mapping.entries() {
                    guard let field = importField(key, in: mapping) else { continue }
                    if let header = mapping.text(key) { columns[field] = header }
                }
                if columns[.url] == nil {
                    mapping.missing("url", expected: "the header of the column holding the URL")
                }
                mapping.finish()
                settings.mappings[name] = columns
            }
            mappings.finish()
        }
        table.finish()
        return settings
    }

    private func importField(_ key: String, in table: TOMLTableReader) -> ImportField? {
        let fields = ImportField.allCases.map(\.rawValue)
        guard let field = ImportField(rawValue: key) else {
            table.report(
                .unknownKey, key, found: ConfigText.quoted(key), expected: "a field: \(fields.joined(separator: ", "))",
                suggestion: EditDistance.suggestion(for: key, among: fields))
            return nil
        }
        return field
    }
}
