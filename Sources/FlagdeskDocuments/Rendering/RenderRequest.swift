import FlagdeskCore
import Foundation

/// Everything a document's text is made from: the document, the items it covers, their
/// evidence, sender, recipient, parent and the person it acts for (pseudonym and mandate only).
/// The engine assembles it; the renderers never read the store.
public struct RenderRequest: Sendable {
    public var document: DocumentRecord
    public var items: [Item]
    public var evidence: [Evidence]
    public var sender: SenderProfile
    public var recipient: DocumentRecipient?
    /// The document a follow-up follows (its reference, dates and outcome are cited).
    public var parent: DocumentRecord?
    public var dataSubject: DataSubject?
    /// Dates are shown in the organisation's zone.
    public var zone: TimeZone
    /// The instant of rendering (the `Date` header of an e-mail, "as of" lines).
    public var now: Date

    public init(
        document: DocumentRecord, items: [Item], evidence: [Evidence], sender: SenderProfile,
        recipient: DocumentRecipient?, parent: DocumentRecord? = nil, dataSubject: DataSubject? = nil,
        zone: TimeZone, now: Date
    ) {
        self.document = document
        self.items = items
        self.evidence = evidence
        self.sender = sender
        self.recipient = recipient
        self.parent = parent
        self.dataSubject = dataSubject
        self.zone = zone
        self.now = now
    }
}

/// The formats a document is exported in (`flagdesk export --format`).
public enum ExportFormat: String, Sendable, CaseIterable {
    case txt
    case md
    case eml
    case json
}

/// A rendered document: its subject line and text.
public struct RenderedDocument: Sendable, Equatable {
    public var subject: String
    public var text: String
    public var format: ExportFormat
    /// Context keys the template requires that had no value; the text shows `[missing: key]`
    /// where each would be.
    public var missingKeys: [String]
    /// Legal elements set in the fields that the template left out of the text.
    public var absentElements: [MissingElement]

    public init(
        subject: String, text: String, format: ExportFormat, missingKeys: [String] = [],
        absentElements: [MissingElement] = []
    ) {
        self.subject = subject
        self.text = text
        self.format = format
        self.missingKeys = missingKeys
        self.absentElements = absentElements
    }
}
