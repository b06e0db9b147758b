import Foundation

/// What goes wrong while filling templates or writing exports; the engine maps it to its own
/// errors (a broken template is a configuration problem, a refused export a refusal).
public enum DocumentsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No template for a kind in the document's language; `available` are the languages it has.
    case noTemplate(kind: String, language: String, available: [String])
    /// A template file exists but cannot be read or parsed.
    case badTemplate(path: String, reason: String)
    /// The shipped templates are not where the binary expects them.
    case shippedTemplatesNotFound(searched: [String])
    /// The configured folder of the user's templates is not a folder.
    case userTemplatesNotFound(path: String)
    /// The export asked for cannot be made without changing a sent text.
    case refused(String)
    /// Writing a file or an archive failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .noTemplate(let kind, let language, let available):
            let has = available.isEmpty ? "none at all" : available.joined(separator: ", ")
            return "\(kind) has no template in '\(language)' (it has: \(has)); a document is written in its own"
                + " language or not at all: choose one of those with --language, or add"
                + " \(kind)/\(language.lowercased()).mustache to the templates folder"
        case .badTemplate(let path, let reason):
            return "template \(path): \(reason)"
        case .shippedTemplatesNotFound(let searched):
            return "the shipped templates were not found; looked in: " + searched.joined(separator: ", ")
                + " (install them next to the binary, see Templates/README.md)"
        case .userTemplatesNotFound(let path):
            return "the template folder \(path) ([templates] directory in the config) does not exist"
        case .refused(let reason):
            return reason
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
