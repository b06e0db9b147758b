import FlagdeskCore
import Foundation

/// Turns a document into text. This built-in rendering lists the document's fields plainly; the
/// template catalogue (issue #5) replaces it with the filled legal templates.
public struct DocumentRenderer: Sendable {
    /// A user's template folder overriding shipped templates of the same name (config
    /// `[templates] directory`); nil: shipped templates only.
    public let templatesDirectory: URL?

    public init(templatesDirectory: URL? = nil) {
        self.templatesDirectory = templatesDirectory
    }

    public func render(_ request: RenderRequest, format: ExportFormat) throws -> RenderedDocument {
        let document = request.document
        let subject = "\(document.kind.title) \(document.reference)"
        var lines = [subject, ""]
        if let name = request.sender.name { lines.append("From: \(name)") }
        for item in request.items { lines.append("Item \(item.reference): \(item.url)") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let fields = String(decoding: try encoder.encode(document.content), as: UTF8.self)
        lines += ["", fields, ""]
        return RenderedDocument(subject: subject, text: lines.joined(separator: "\n"), format: format)
    }
}
