/// An element a document needs before it may leave the organisation, and is missing or invalid:
/// what the CLI and the TUI print so the flagger knows what to add and why the law asks for it.
public struct MissingElement: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// Stable key within the document kind (`notifier-email`), for programs and tests.
    public let key: String
    /// What is missing, in plain words ("the notifier's e-mail address").
    public let label: String
    /// Where the requirement comes from ("DSA Art. 16(2)(c)").
    public let article: String
    /// How to supply it, or why the value given does not do.
    public let hint: String

    public init(key: String, label: String, article: String, hint: String) {
        self.key = key
        self.label = label
        self.article = article
        self.hint = hint
    }

    /// The same element with a hint specific to the case at hand.
    public func with(hint: String) -> MissingElement {
        MissingElement(key: key, label: label, article: article, hint: hint)
    }

    /// "the notifier's e-mail address (DSA Art. 16(2)(c))".
    public var description: String { "\(label) (\(article))" }
}
