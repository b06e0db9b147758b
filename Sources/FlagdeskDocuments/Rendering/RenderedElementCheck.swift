import FlagdeskCore
import Foundation
import Mustache

/// Checks the legal elements on the text a template produced, not on the fields: a user's
/// template that leaves out the URLs, the notifier or the statement of good faith renders a
/// "notice" without them, and `approve` and `send` must refuse it. A value counts as present
/// when it appears in the subject or body with white space compared loosely (line ends and
/// runs of spaces). Elements whose value is not set at all are the fields check's to report
/// (`DocumentContent.missingElements`), so each problem is said once.
enum RenderedElementCheck {
    /// The elements of `kind` that the text does not carry. `statement` gives the shipped
    /// wording of a statement partial in the document's language.
    static func absent(
        kind: DocumentKind, subject: String, body: String, context: [String: Any], template: String,
        statement: (String) -> String?
    ) -> [MissingElement] {
        let text = loose(subject + "\n" + body)
        var absent: [MissingElement] = []
        for element in ContextSchema.legalElements(of: kind) {
            if let flag = element.unless, value(at: flag, in: context) as? Bool == true { continue }
            let wanted = expected(element, context: context, statement: statement)
            guard wanted.contains(where: { !text.contains(loose($0)) }) else { continue }
            absent.append(
                MissingElement(
                    key: "text:\(element.key)", label: element.label, article: element.article,
                    hint: "the template \(template) leaves it out of the text; restore {{\(element.key)}}"
                        + " (run `flagdesk templates check`)"))
        }
        return absent
    }

    /// The texts that must appear for an element (none when its value is not set).
    private static func expected(
        _ element: LegalElement, context: [String: Any], statement: (String) -> String?
    ) -> [String] {
        let found = value(at: element.key, in: context)
        switch element.probe {
        case .value:
            guard let text = found as? String, !text.trimmedWhitespace.isEmpty else { return [] }
            return [text]
        case .each(let field):
            let list = found as? [Any] ?? []
            let texts = list.compactMap { entry -> String? in
                guard let field else { return entry as? String }
                return (entry as? [String: Any])?[field] as? String
            }
            return texts.filter { !$0.trimmedWhitespace.isEmpty }
        case .statement(let partial):
            guard found as? Bool == true else { return [] }
            // A shipped statement that cannot be read counts as missing: refusing is safer.
            return [statement(partial) ?? "[the shipped statement '\(partial)' could not be read]"]
        }
    }

    static func value(at path: String, in context: [String: Any]) -> Any? {
        var current: Any? = context
        for part in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(part)]
        }
        return current
    }

    /// White space runs as one space, trimmed: templates wrap and indent, values keep CRLF.
    static func loose(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.unicodeScalars.append(" ") }
            pendingSpace = false
            output.unicodeScalars.append(scalar)
        }
        return output
    }
}
