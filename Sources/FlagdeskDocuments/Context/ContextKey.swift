/// One key of the context every template is filled from. `Templates/README.md` documents each
/// one; a test keeps the two in step, and `templates check` refuses keys not listed here.
public struct ContextKey: Sendable, Equatable {
    public enum Shape: String, Sendable {
        /// A line of text; absent when unknown (a section on it shows text only when set).
        case text
        /// True or false: use as a section `{{#key}}...{{/key}}` or inverted `{{^key}}`.
        case flag
        /// A list of texts: `{{#key}}{{.}}{{/key}}`.
        case texts
        /// A list of objects whose fields are the keys below it.
        case list
        /// An object whose fields are the keys below it.
        case object
    }

    /// Dotted path from the root; the fields of a list's elements continue the list's path
    /// (`items.reference`).
    public let path: String
    public let shape: Shape
    public let help: String

    public init(_ path: String, _ shape: Shape, _ help: String) {
        self.path = path
        self.shape = shape
        self.help = help
    }
}
