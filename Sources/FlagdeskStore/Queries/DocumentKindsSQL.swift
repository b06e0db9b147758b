import FlagdeskCore

extension DocumentKinds {
    /// The kinds whose definition satisfies `predicate`, as an SQL list of quoted literals
    /// (quoted, comma-separated): the store's queries take their kinds from the
    /// definitions, never from a list typed in SQL. The raw values are fixed lowercase words,
    /// so quoting cannot be broken; an empty selection gives `NULL` (matches nothing).
    static func sqlList(_ predicate: (DocumentKindDefinition) -> Bool) -> String {
        let kinds = DocumentKinds.kinds(where: predicate)
        guard !kinds.isEmpty else { return "NULL" }
        return kinds.map { "'\($0.rawValue.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ", ")
    }
}
