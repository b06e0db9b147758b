import ArgumentParser
import FlagdeskCore
import FlagdeskDocuments

// The vocabularies options take, declared as argument types: the parser refuses a wrong value
// with the list of valid ones, and shell completion (`--generate-completion-script`) offers them.
// One table of types, not a guard per option in every command.

/// A word list the user may type in any case (`--status Sent`).
protocol CaseInsensitiveArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension CaseInsensitiveArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension ItemStatus: ExpressibleByArgument, CaseInsensitiveArgument {}
/// Typed as "self-report" (stored as "victim"): its name, label or stored value.
extension ItemSource: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
    public static var allValueStrings: [String] { allCases.map(\.name) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    public var defaultValueDescription: String { name }
}
extension MinorInvolvement: ExpressibleByArgument, CaseInsensitiveArgument {}
extension DocumentKind: ExpressibleByArgument, CaseInsensitiveArgument {}
extension DocumentStatus: ExpressibleByArgument, CaseInsensitiveArgument {}
extension SendChannel: ExpressibleByArgument, CaseInsensitiveArgument {}
extension ImportFormat: ExpressibleByArgument, CaseInsensitiveArgument {}
extension ExportFormat: ExpressibleByArgument, CaseInsensitiveArgument {}
extension ReportFormat: ExpressibleByArgument, CaseInsensitiveArgument {}
extension UserRole: ExpressibleByArgument, CaseInsensitiveArgument {}
extension WishKind: ExpressibleByArgument, CaseInsensitiveArgument {}

/// `person --wish-rule KIND[=VALUE]`: a wish the engine enforces, with the support worker or the
/// recipient it names; completion offers the kinds.
struct WishRuleArgument: ExpressibleByArgument, Equatable {
    let kind: WishKind
    let value: String?

    init?(argument: String) {
        guard case .success(let parsed) = PersonWish.parse(argument) else { return nil }
        (kind, value) = parsed
    }

    init(kind: WishKind, value: String?) {
        self.kind = kind
        self.value = value
    }

    /// For `transform:`: a wrong value is refused with what is wrong (a missing name, a value
    /// given to a wish that takes none), not only the list.
    static func parse(_ text: String) throws -> WishRuleArgument {
        switch PersonWish.parse(text) {
        case .success(let parsed): return WishRuleArgument(kind: parsed.0, value: parsed.1)
        case .failure(let error): throw ValidationError(Output.safe(error.message))
        }
    }

    static var allValueStrings: [String] {
        WishKind.allCases.map { $0.needsValue ? "\($0.rawValue)=" : $0.rawValue }
    }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// The DSA Transparency Database vocabulary: the exact key (`KEYWORD_HUMAN_TRAFFICKING`) or its
/// short form (`human-trafficking`); completion offers the short forms.
protocol TaxonomyArgument: ExpressibleByArgument, TaxonomyValue {}

extension TaxonomyArgument {
    public init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.shortKey) }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension DSACategory: ExpressibleByArgument, TaxonomyArgument {}
extension DSAKeyword: ExpressibleByArgument, TaxonomyArgument {}
extension DSAContentType: ExpressibleByArgument, TaxonomyArgument {}

/// `deadlines --format`.
enum DeadlineFormat: String, CaseInsensitiveArgument {
    case text, ics
}

/// `export --format`: the renderer's text formats, and the printable letter made from the text.
enum ExportChoice: String, CaseInsensitiveArgument {
    case txt, md, eml, json, pdf

    /// The renderer's format, or nil for the PDF letter.
    var textFormat: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

/// `team four-eyes on|off`.
enum OnOff: String, CaseInsensitiveArgument {
    case on, off
}
