import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

extension Desk {
    /// `flagdesk export DOC --format txt|md|eml|json`: the document filled from its template, or
    /// for a sent document its frozen text byte for byte (DESIGN.md §3).
    public func export(reference: String, format: ExportFormat) throws(EngineError) -> RenderedDocument {
        var loaded = try storeRead { db in
            try self.load(try self.document(reference, expectedVersion: nil, in: db), in: db)
        }
        // Sealed fields and a sealed text as sent are opened with the vault key, on the trail.
        loaded.record = try revealed([loaded.record], purpose: "export \(format.rawValue)")[0]
        let rendered: RenderedDocument
        do {
            rendered = try renderer().render(renderRequest(loaded), format: format)
        } catch {
            throw EngineError(documents: error, doing: "cannot export \(loaded.record.reference)")
        }
        // A message exported to be sent by hand is answered like one Flagdesk sent.
        if format == .eml {
            try storeWrite { db in
                try self.recordOutgoingMessageID(
                    eml: rendered.text, document: loaded.record.reference, kind: .exported, in: db)
            }
        }
        return rendered
    }
}
