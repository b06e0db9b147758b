import Foundation

/// A row that passed every check `flagdesk add` makes, ready to store.
public struct ValidatedImportRow: Sendable, Equatable {
    public var line: Int
    /// The URL as given (trimmed) and its normalised form (duplicates are matched on it).
    public var url: String
    public var normalized: NormalizedURL
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
    public var contentTypes: [DSAContentType]
    public var explanation: String?
    public var legalBasis: String?
    public var minor: MinorInvolvement
    public var threatToLife: Bool
    public var source: ItemSource
}

/// Why a row was not imported, with the line to find it by.
public struct ImportRejection: Error, Sendable, Equatable, Codable {
    public var line: Int
    public var reason: String
    /// The row as it was (CSV fields, or the JSON text of the record).
    public var raw: [String]

    public init(line: Int, reason: String, raw: [String]) {
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}

/// Checks one import row the way `flagdesk add` checks its options: the URL normalised (and
/// refused as `add` refuses it), category, keywords and content types in the DSA Transparency
/// Database vocabulary (exact key or short form), minor yes/no/unknown, threat to life a yes
/// or no, source one of Flagdesk's. Vocabulary look-ups are cached: an import repeats the same
/// few values on every row.
public struct ImportRowValidator: Sendable {
    public let defaultSource: ItemSource
    private var categories: [String: DSACategory] = [:]
    private var keywords: [String: DSAKeyword] = [:]
    private var contentTypes: [String: DSAContentType] = [:]
    /// A whole cell's list (`human-trafficking|human-exploitation`) and a source cell: a file
    /// repeats a few spellings on every row, split, trimmed and looked up once each (bounded).
    private var keywordLists: [String: [DSAKeyword]] = [:]
    private var contentTypeLists: [String: [DSAContentType]] = [:]
    private var sources: [String: ItemSource] = [:]

    public init(defaultSource: ItemSource = .other) {
        self.defaultSource = defaultSource
    }

    public mutating func validate(_ record: ImportRecord) -> Result<ValidatedImportRow, ImportRejection> {
        func reject(_ reason: String) -> Result<ValidatedImportRow, ImportRejection> {
            .failure(ImportRejection(line: record.line, reason: reason, raw: record.raw))
        }
        if let problem = record.problem { return reject(problem) }
        let urlText = (record.values[.url] ?? "").trimmedWhitespace
        guard !urlText.isEmpty else { return reject("no URL") }
        let normalized: NormalizedURL
        do {
            normalized = try URLNormalizer.normalize(urlText)
        } catch {
            return reject("URL refused: \(error)")
        }
        do {
            let category = try Self.present(record.values[.category]).map { text throws(ImportProblem) in
                try Self.cached(text, in: &categories, as: DSACategory.self)
            }
            let keywordValues = try Self.cachedList(record.values[.keywords], in: &keywordLists, terms: &keywords)
            let contentTypeValues = try Self.cachedList(
                record.values[.contentTypes], in: &contentTypeLists, terms: &contentTypes)
            return .success(
                ValidatedImportRow(
                    line: record.line, url: urlText, normalized: normalized, category: category,
                    keywords: keywordValues, contentTypes: contentTypeValues,
                    explanation: Self.present(record.values[.explanation]),
                    legalBasis: Self.present(record.values[.legalBasis]),
                    minor: try Self.minor(record.values[.minor]),
                    threatToLife: try Self.flag(record.values[.threatToLife], field: .threatToLife) ?? false,
                    source: try cachedSource(record.values[.source]) ?? defaultSource))
        } catch {
            return reject(error.reason)
        }
    }

    struct ImportProblem: Error {
        let reason: String
    }

    private static func present(_ text: String?) -> String? {
        guard let text else { return nil }
        let result = text.trimmedWhitespace
        return result.isEmpty ? nil : result
    }

    /// Several values in one cell, separated by `|`, `;`, `,` or line breaks.
    private static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(whereSeparator: { character in
            switch character {
            case "|", ";", ",", "\n", "\r", "\r\n": return true
            default: return false
            }
        })
        .map { String($0).trimmedWhitespace }
        .filter { !$0.isEmpty }
    }

    /// The cell's values, each once, in their order: from the cache when this exact cell was seen.
    private static func cachedList<T: TaxonomyValue & Equatable>(
        _ text: String?, in lists: inout [String: [T]], terms: inout [String: T]
    ) throws(ImportProblem) -> [T] {
        guard let text else { return [] }
        if let hit = lists[text] { return hit }
        let values = unique(
            try list(text).map { term throws(ImportProblem) in try cached(term, in: &terms, as: T.self) })
        if lists.count < cacheLimit { lists[text] = values }
        return values
    }

    private mutating func cachedSource(_ text: String?) throws(ImportProblem) -> ItemSource? {
        guard let text else { return nil }
        if let hit = sources[text] { return hit }
        let value = try Self.source(text)
        if let value, sources.count < Self.cacheLimit { sources[text] = value }
        return value
    }

    private static func unique<T: Equatable>(_ values: [T]) -> [T] {
        var result: [T] = []
        for value in values where !result.contains(value) { result.append(value) }
        return result
    }

    /// At most this many distinct spellings are remembered per vocabulary (a hostile file
    /// cannot grow the cache without bound).
    private static let cacheLimit = 1_000

    private static func cached<T: TaxonomyValue>(
        _ text: String, in cache: inout [String: T], as type: T.Type
    ) throws(ImportProblem) -> T {
        if let hit = cache[text] { return hit }
        do {
            let value = try T.parse(text)
            if cache.count < cacheLimit { cache[text] = value }
            return value
        } catch {
            throw ImportProblem(
                reason: "unknown \(T.kindName) '\(text)' (use a DSA Transparency Database key such as "
                    + "\(T.allCases.first.map(\.rawValue) ?? "") or its short form \(T.allCases.first.map(\.shortKey) ?? ""))"
            )
        }
    }

    private static func minor(_ text: String?) throws(ImportProblem) -> MinorInvolvement {
        guard let text = present(text)?.lowercased() else { return .unknown }
        if let value = MinorInvolvement(rawValue: text) { return value }
        if text == "?" || text == "unsure" || text == "n/a" { return .unknown }
        if let flag = try? flag(text, field: .minor) { return flag ? .yes : .no }
        throw ImportProblem(reason: "minor must be yes, no or unknown, not '\(text)'")
    }

    /// yes/no in the ways spreadsheets and exports write them; empty is no answer.
    private static func flag(_ text: String?, field: ImportField) throws(ImportProblem) -> Bool? {
        guard let text = present(text)?.lowercased() else { return nil }
        switch text {
        case "yes", "y", "true", "t", "1", "x", "ja", "oui", "si", "sí": return true
        case "no", "n", "false", "f", "0", "nein", "non": return false
        default: throw ImportProblem(reason: "\(field.rawValue) must be yes or no (or true/false, 1/0), not '\(text)'")
        }
    }

    private static func source(_ text: String?) throws(ImportProblem) -> ItemSource? {
        guard let text = present(text)?.lowercased() else { return nil }
        if let value = ItemSource(text: text) { return value }
        throw ImportProblem(
            reason:
                "source must be one of \(ItemSource.allCases.map(\.name).joined(separator: ", ")), not '\(text)'"
        )
    }
}
