import Foundation

/// What a column of an import file can fill in: the same fields `flagdesk add` takes.
public enum ImportField: String, CaseIterable, Sendable, Hashable, Codable {
    case url
    case category
    case keywords
    case contentTypes = "content_types"
    case explanation
    case legalBasis = "legal_basis"
    case source
    case minor
    case threatToLife = "threat_to_life"

    /// Header names understood without any configuration, in normalised form (see
    /// `ImportField.normalizedHeader`). They cover Flagdesk's own JSON names, the DSA
    /// Transparency Database's, and what hotline and spreadsheet exports commonly use.
    public var builtInAliases: [String] {
        switch self {
        case .url: return ["url", "link", "uri", "address", "content_url", "reported_url", "web_address"]
        case .category: return ["category", "dsa_category", "statement_category"]
        case .keywords:
            return ["keywords", "keyword", "category_specification", "categoryspecification", "tags"]
        case .contentTypes: return ["content_types", "content_type", "contenttype", "contenttypes", "media_type"]
        case .explanation:
            return [
                "explanation", "description", "comment", "comments", "notes", "note", "illegal_content_explanation",
            ]
        case .legalBasis:
            return ["legal_basis", "legalbasis", "legal_ground", "illegal_content_legal_ground", "offence"]
        case .source: return ["source", "origin", "channel"]
        case .minor: return ["minor", "minor_involved", "minors", "child", "child_involved"]
        case .threatToLife:
            return ["threat_to_life", "threattolife", "threat_to_life_or_safety", "threat", "imminent_danger"]
        }
    }

    /// A header as compared: trimmed, lower case, runs of spaces, `-` and `.` turned into `_`
    /// ("Threat to life" = "threat-to-life" = "threat_to_life").
    public static func normalizedHeader(_ header: String) -> String {
        var result = ""
        var pendingSeparator = false
        for character in header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            if character == " " || character == "-" || character == "." || character == "_" {
                pendingSeparator = !result.isEmpty
            } else {
                if pendingSeparator { result.append("_") }
                pendingSeparator = false
                result.append(character)
            }
        }
        return result
    }
}
