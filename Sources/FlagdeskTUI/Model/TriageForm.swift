import FlagdeskCore
import FlagdeskEngine

/// The triage form of one item: what the flagger records, field by field, before it is sent to
/// the Engine in one `triage` call. Indicators come from `IndicatorCatalog`, each ticked with
/// the flagger's own reason (REFERENCE §7: indicators support a judgement, never make it).
public struct TriageForm: Sendable {
    public enum Field: Sendable, Hashable {
        case category, keywords, contentTypes, legalBasis, minor, threatToLife, leaHold, explanation, note
        case indicator(String)

        public var label: String {
            switch self {
            case .category: return "Category"
            case .keywords: return "Keywords"
            case .contentTypes: return "Content types"
            case .legalBasis: return "Legal basis"
            case .minor: return "Minor involved"
            case .threatToLife: return "Threat to life"
            case .leaHold: return "LEA hold"
            case .explanation: return "Explanation"
            case .note: return "Note"
            case .indicator(let key): return IndicatorCatalog.indicator(key)?.label ?? key
            }
        }

        /// Long text: `e` opens $EDITOR on it.
        public var isLongText: Bool { self == .explanation || self == .note || self == .legalBasis }
    }

    public let reference: String
    public let version: Int
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
    public var contentTypes: [DSAContentType]
    public var legalBasis: String
    public var minor: MinorInvolvement
    public var threatToLife: Bool
    public var leaHold: Bool
    public var explanation: String
    public var note = ""
    /// Ticked indicators: key -> the flagger's reason.
    public var indicators: [String: String] = [:]
    public var indicatorsChanged = false
    public var focus = 0
    public var scroll = 0
    /// The values as opened: leaving with other values asks first (nothing typed is lost).
    private var baseline = ""

    public init(item: Item) {
        reference = item.reference
        version = item.version
        category = item.category
        keywords = item.keywords
        contentTypes = item.contentTypes
        legalBasis = item.legalBasis ?? ""
        minor = item.minor
        threatToLife = item.threatToLife
        leaHold = item.leaHold
        explanation = item.explanation ?? ""
        baseline = fingerprint
    }

    /// Whether anything was changed since the form opened (focus and scrolling aside).
    public var isChanged: Bool { fingerprint != baseline }

    private var fingerprint: String {
        let values: [String] = [
            category?.rawValue ?? "", keywords.map(\.rawValue).joined(separator: ","),
            contentTypes.map(\.rawValue).joined(separator: ","), legalBasis, minor.rawValue, "\(threatToLife)",
            "\(leaHold)", explanation, note,
        ]
        return (values + indicators.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            .joined(separator: "\u{1F}")
    }

    public static let fields: [Field] =
        [.category, .keywords, .contentTypes, .legalBasis, .minor, .threatToLife, .leaHold, .explanation, .note]
        + IndicatorCatalog.all.map { .indicator($0.key) }

    public var focusedField: Field { Self.fields[focus] }

    /// The value of a field as one line.
    public func value(of field: Field) -> String {
        switch field {
        case .category: return category?.label ?? "— (Enter to choose)"
        case .keywords: return keywords.isEmpty ? "—" : keywords.map(\.label).joined(separator: ", ")
        case .contentTypes: return contentTypes.isEmpty ? "—" : contentTypes.map(\.label).joined(separator: ", ")
        case .legalBasis: return legalBasis.isEmpty ? "—" : legalBasis
        case .minor: return minor.rawValue
        case .threatToLife: return threatToLife ? "[x] yes: goes to the top of every queue" : "[ ] no"
        case .leaHold: return leaHold ? "[x] LEA asked to wait: notices blocked" : "[ ] no"
        case .explanation: return explanation.isEmpty ? "—" : explanation
        case .note: return note.isEmpty ? "—" : note
        case .indicator(let key): return indicators[key].map { "[x] \($0)" } ?? "[ ]"
        }
    }

    public func text(of field: Field) -> String {
        switch field {
        case .legalBasis: return legalBasis
        case .explanation: return explanation
        case .note: return note
        case .indicator(let key): return indicators[key] ?? ""
        default: return ""
        }
    }

    public mutating func setText(_ text: String, of field: Field) {
        switch field {
        case .legalBasis: legalBasis = text
        case .explanation: explanation = text
        case .note: note = text
        case .indicator(let key):
            indicators[key] = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
            indicatorsChanged = true
        default: break
        }
    }

    /// The Engine request: every field as the form shows it.
    public var request: TriageRequest {
        var request = TriageRequest(reference: reference)
        request.category = category
        request.keywords = keywords
        request.contentTypes = contentTypes
        request.legalBasis = legalBasis
        request.explanation = explanation
        request.minor = minor
        request.threatToLife = threatToLife
        request.leaHold = leaHold
        if indicatorsChanged || !note.isEmpty {
            request.indicators = IndicatorCatalog.all.compactMap { indicator in
                indicators[indicator.key].map { IndicatorChoice(key: indicator.key, reason: $0) }
            }
            request.note = note
        }
        request.expectedVersion = version
        return request
    }
}
