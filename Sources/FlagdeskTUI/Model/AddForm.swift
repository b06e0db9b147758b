import FlagdeskCore
import FlagdeskEngine

/// A new item typed at the desk: what `flagdesk add` takes, field by field, sent to the Engine in
/// one `add` call (the same use case as the CLI). A refusal keeps everything typed.
public struct AddForm: Sendable {
    public enum Field: Sendable, Hashable, CaseIterable {
        case url, category, legalBasis, explanation, contentTypes, minor, threatToLife, source

        public var label: String {
            switch self {
            case .url: return "URL"
            case .category: return "Category"
            case .legalBasis: return "Legal basis"
            case .explanation: return "Explanation"
            case .contentTypes: return "Content types"
            case .minor: return "Minor involved"
            case .threatToLife: return "Threat to life"
            case .source: return "Source"
            }
        }

        /// Typed on the bottom line (the others are picked, cycled or ticked).
        public var isText: Bool { self == .url || self == .legalBasis || self == .explanation }
    }

    public var url = ""
    public var category: DSACategory?
    public var legalBasis = ""
    public var explanation = ""
    public var contentTypes: [DSAContentType] = []
    public var minor = MinorInvolvement.unknown
    public var threatToLife = false
    public var source = ItemSource.other
    public var focus = 0

    public init() {}

    public static let fields = Field.allCases
    public var focusedField: Field { Self.fields[focus] }

    /// Whether anything was typed or chosen (leaving then asks first).
    public var isChanged: Bool {
        !url.isEmpty || category != nil || !legalBasis.isEmpty || !explanation.isEmpty || !contentTypes.isEmpty
            || minor != .unknown || threatToLife || source != .other
    }

    public func value(of field: Field) -> String {
        switch field {
        case .url: return url.isEmpty ? "— (Enter to type; http or https)" : url
        case .category: return category?.label ?? "—"
        case .legalBasis: return legalBasis.isEmpty ? "—" : legalBasis
        case .explanation: return explanation.isEmpty ? "—" : explanation
        case .contentTypes: return contentTypes.isEmpty ? "—" : contentTypes.map(\.label).joined(separator: ", ")
        case .minor: return minor.rawValue
        case .threatToLife: return threatToLife ? "[x] yes: goes to the top of every queue" : "[ ] no"
        case .source: return source.label
        }
    }

    public func text(of field: Field) -> String {
        switch field {
        case .url: return url
        case .legalBasis: return legalBasis
        case .explanation: return explanation
        default: return ""
        }
    }

    public mutating func setText(_ text: String, of field: Field) {
        switch field {
        case .url: url = text.trimmingCharacters(in: .whitespaces)
        case .legalBasis: legalBasis = text
        case .explanation: explanation = text
        default: break
        }
    }

    /// The platform the URL belongs to, as the engine will resolve it from the directory.
    public func platform(in directory: Directory) -> String {
        guard !url.isEmpty else { return "— (from the URL)" }
        guard let normalized = try? URLNormalizer.normalize(url) else { return "— (not a URL the desk can read yet)" }
        if let provider = directory.provider(forHost: normalized.host) { return provider.name }
        return "\(normalized.host): not in the directory (a notice needs the provider added there)"
    }

    /// The Engine request: the fields as shown, empty text as absent.
    public var request: AddItemRequest {
        AddItemRequest(
            url: url, category: category, contentTypes: contentTypes,
            explanation: explanation.isEmpty ? nil : explanation, legalBasis: legalBasis.isEmpty ? nil : legalBasis,
            minor: minor, threatToLife: threatToLife, source: source)
    }
}
