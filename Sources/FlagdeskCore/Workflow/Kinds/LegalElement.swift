/// One element the law requires in a document of a kind, and how to find it in the rendered
/// text. `templates check` asks that each template use `key`; approving and sending ask that the
/// text actually carries the value (FlagdeskDocuments' `RenderedElementCheck`), so no template
/// can drop it. Each kind lists its own in its definition (`DocumentKindDefinition`).
public struct LegalElement: Sendable {
    /// How the element shows in the text.
    public enum Probe: Sendable {
        /// The text value at `key` appears.
        case value
        /// Each text of the list at `key` appears (or, for a list of objects, each one's `field`).
        case each(field: String?)
        /// The shipped partial of that name, in the document's language, appears word for word:
        /// the law's statement is the organisation's commitment, a template places it but does
        /// not reword it.
        case statement(partial: String)
    }

    /// The context key the templates must use.
    public let key: String
    /// Where the requirement comes from.
    public let article: String
    /// What it is, in plain words.
    public let label: String
    public let probe: Probe
    /// A flag key that, when true, lifts the requirement (a notice that leaves out the notifier
    /// under Dir. 2011/93/EU).
    public let unless: String?

    public init(_ key: String, _ article: String, _ label: String, _ probe: Probe = .value, unless: String? = nil) {
        self.key = key
        self.article = article
        self.label = label
        self.probe = probe
        self.unless = unless
    }

    public var description: String { "\(label) (\(article))" }

    /// The reference the recipient answers to: in every kind.
    public static let reference = LegalElement(
        "document.reference", "the reference the recipient answers to", "our reference")
}
