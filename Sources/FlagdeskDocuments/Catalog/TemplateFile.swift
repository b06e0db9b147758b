import Foundation

/// One template file: the metadata block at its top and the Mustache body below it.
///
/// ```
/// ---
/// subject: Notice under Article 16 DSA – {{document.reference}}
/// recipient: provider
/// requires: document.reference, notice.urls, notice.explanation
/// ---
/// Body with {{keys}} and {{> partials}}.
/// ```
/// Partials have no metadata block.
public struct TemplateFile: Sendable, Equatable {
    /// The subject line, itself a Mustache template (it carries `{{document.reference}}`).
    public var subject: String?
    /// The recipient kind the template is written for (`provider`, `authority`, `controller`).
    public var recipient: String?
    /// Context keys the text needs filled: rendering marks a missing one visibly instead of
    /// leaving a blank, and `templates check` verifies them.
    public var requires: [String]
    public var body: String

    public init(subject: String? = nil, recipient: String? = nil, requires: [String] = [], body: String) {
        self.subject = subject
        self.recipient = recipient
        self.requires = requires
        self.body = body
    }

    /// Splits the metadata block from the body. Unknown metadata names are refused, so a typo
    /// (`require:`) does not silently drop the check.
    public init(parsing text: String, path: String) throws(DocumentsError) {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalised.hasPrefix("---\n") else {
            self.init(body: normalised)
            return
        }
        let rest = normalised.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") ?? (rest.hasPrefix("---\n") ? rest.range(of: "---\n") : nil)
        else {
            throw .badTemplate(path: path, reason: "the metadata block opened by --- is not closed by ---")
        }
        var subject: String?
        var recipient: String?
        var requires: [String] = []
        for line in rest[rest.startIndex..<end.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else {
                throw .badTemplate(path: path, reason: "metadata line without 'name:': \(line)")
            }
            let name = line[line.startIndex..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch name {
            case "subject": subject = value
            case "recipient": recipient = value
            case "requires":
                requires = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            default:
                throw .badTemplate(
                    path: path, reason: "unknown metadata '\(name)' (expected subject, recipient, requires)")
            }
        }
        self.init(subject: subject, recipient: recipient, requires: requires, body: String(rest[end.upperBound...]))
    }
}
