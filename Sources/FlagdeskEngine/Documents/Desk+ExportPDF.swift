import FlagdeskCore
import FlagdeskDocuments
import Foundation

/// A printable letter of a document, for the recipients who take letters by post or a web form.
public struct LetterPDF: Sendable {
    public var pdf: Data
    /// Context keys the letter has no value for yet (a draft shows `[missing: key]` for each).
    public var missingKeys: [String]
}

extension Desk {
    /// `flagdesk export DOC --format pdf`: the letter's text exactly as the text export gives it
    /// (a sent document's text as sent: for one sent by e-mail, the body of the frozen message),
    /// under the organisation's letterhead, one footer line with the reference and page on every
    /// page; a sent letter also names its frozen text's SHA-256, so the print can be matched to
    /// the trail.
    public func exportPDF(reference: String) throws(EngineError) -> LetterPDF {
        var loaded = try storeRead { db in
            try self.load(try self.document(reference, expectedVersion: nil, in: db), in: db)
        }
        loaded.record = try revealed([loaded.record], purpose: "export pdf")[0]
        let record = loaded.record
        let body: String
        var missingKeys: [String] = []
        if let frozen = record.frozen, frozen.format == ExportFormat.eml.rawValue {
            body = MIMEReader.read(Array(frozen.text.utf8)).text
        } else {
            let rendered = try currentText(loaded)
            body = rendered.text
            missingKeys = rendered.missingKeys
        }
        let page = LetterPage(
            letterhead: letterhead(), reference: record.reference, subject: record.kind.title, body: body,
            footnote: record.frozen.map { "Text as sent, SHA-256 \($0.sha256)" }, language: record.language)
        return LetterPDF(pdf: try PDFConverter().convert(html: page.html()), missingKeys: missingKeys)
    }

    /// The sender as the letterhead shows it: the name (with the legal form unless the name
    /// already ends with it), the postal address, the e-mail and telephone.
    private func letterhead() -> [String] {
        let organisation = config.organisation
        var name = organisation.name ?? ""
        if let form = SenderProfile(name: organisation.name, legalForm: organisation.legalForm).legalFormShown {
            name += name.isEmpty ? form : ", \(form)"
        }
        let contact = [organisation.email, organisation.phone].compactMap { $0 }.filter { !$0.isEmpty }
        return [name, organisation.postalAddress ?? "", contact.joined(separator: " · ")]
    }
}
