import Foundation

/// What a reply can be read to say (issue #19): the kinds of proposal, each found by phrases.
public enum ReplyFindingKind: String, Sendable, Codable, CaseIterable {
    case acknowledgement
    case removed
    case disabled
    case restricted
    case noAction = "no-action"
    case `extension`
    case caseNumber = "case-number"

    /// The decision a finding proposes (DSA Art. 16(5)); nil for the other kinds.
    public var decision: DocumentOutcome? {
        switch self {
        case .removed: return .removed
        case .disabled: return .disabled
        case .restricted: return .restricted
        case .noAction: return .rejected
        case .acknowledgement, .extension, .caseNumber: return nil
        }
    }
}

/// The phrase table (`Templates/mail/reply-phrases.json`): per language, per kind, phrases written
/// without accents in lower case; month names for dates written out; lines that start the quoted
/// original below a reply. Data, not code, so an organisation can add its providers' wording.
public struct ReplyPhrases: Sendable, Equatable, Decodable {
    public var languages: [String: [String: [String]]]
    public var months: [String: [String]]
    public var quoteMarkers: [String]

    enum CodingKeys: String, CodingKey {
        case languages, months
        case quoteMarkers = "quote-markers"
    }

    /// Decodes the table; unknown kinds and malformed month lists are refused with what is wrong.
    public static func decode(_ data: Data) throws(ReplyPhrasesError) -> ReplyPhrases {
        let table: ReplyPhrases
        do {
            table = try JSONDecoder().decode(ReplyPhrases.self, from: data)
        } catch {
            throw ReplyPhrasesError(reason: "not a phrase table: \(error)")
        }
        for (language, kinds) in table.languages {
            for kind in kinds.keys where ReplyFindingKind(rawValue: kind) == nil {
                throw ReplyPhrasesError(
                    reason: "\(language): unknown kind '\(kind)' (kinds: "
                        + ReplyFindingKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
        }
        for (language, names) in table.months where names.count != 12 {
            throw ReplyPhrasesError(reason: "months.\(language) has \(names.count) names, not 12")
        }
        return table
    }

    /// Text compared with phrases: lower case, accents removed, ß as ss, curly quotes straight.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }
}

public struct ReplyPhrasesError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
