import FlagdeskCore
import Foundation

/// Exports of a sent document: its frozen text is what left the organisation, so every export
/// reproduces it byte for byte (DESIGN.md §3) and none is re-rendered from today's templates.
enum FrozenExport {
    static func export(
        _ frozen: FrozenText, subject: String, request: RenderRequest, format: ExportFormat
    ) throws -> RenderedDocument {
        let reference = request.document.reference
        if frozen.format == format.rawValue {
            return RenderedDocument(subject: subject, text: frozen.text, format: format)
        }
        switch (ExportFormat(rawValue: frozen.format), format) {
        case (_, .json):
            let text = try DocumentJSON.write(request: request, subject: subject, text: frozen.text)
            return RenderedDocument(subject: subject, text: text, format: format)
        case (.txt, .eml):
            // The body is the frozen text; the headers say where it went.
            let message = EmailWriter.message(for: request, subject: subject, body: frozen.text)
            return RenderedDocument(subject: subject, text: EmailWriter.write(message), format: format)
        case (.txt, .md):
            return RenderedDocument(
                subject: subject, text: MarkdownWriter.write(subject: subject, text: frozen.text), format: format)
        default:
            throw DocumentsError.refused(
                "\(reference) was sent as \(frozen.format); its text as sent is the \(frozen.format) or json export")
        }
    }
}
