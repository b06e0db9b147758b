import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

/// A document with what its rules and text depend on, read in one transaction.
struct LoadedDocument {
    var record: DocumentRecord
    var items: [Item]
    var evidence: [Evidence]
    var person: Person?
    var parent: DocumentRecord?
    var recipient: DocumentRecipient?
}

extension Desk {
    /// Reads the document's items, evidence, person and parent, and resolves its recipient.
    func load(_ record: DocumentRecord, in db: StoreTransaction) throws -> LoadedDocument {
        let items = try ItemRecords.find(ids: record.itemIDs, in: db)
        var evidence: [Evidence] = []
        for item in items { evidence += try EvidenceRecords.forItem(item.id, in: db) }
        return LoadedDocument(
            record: record, items: items, evidence: evidence,
            person: try record.personID.flatMap { try PeopleRecords.find(id: $0, in: db) },
            parent: try record.parentID.flatMap { try DocumentRecords.find(id: $0, in: db) },
            recipient: recipient(kind: record.recipientKind, key: record.recipientKey))
    }

    func recipient(kind: RecipientKind, key: String?) -> DocumentRecipient? {
        switch kind {
        case .controller: return .controller
        case .provider: return key.flatMap { directory.provider(key: $0) }.map(DocumentRecipient.provider)
        case .authority: return key.flatMap { directory.authority(key: $0) }.map(DocumentRecipient.authority)
        }
    }

    func recipientName(_ record: DocumentRecord) -> String? {
        switch recipient(kind: record.recipientKind, key: record.recipientKey) {
        case .provider(let provider): return provider.name
        case .authority(let authority): return authority.name
        case .controller:
            return record.content.addressedController?.name
        case nil: return record.recipientKey
        }
    }

    /// The organisation as sender, from config `[organisation]`.
    public var sender: SenderProfile {
        let organisation = config.organisation
        let status = organisation.trustedFlagger
        return SenderProfile(
            name: organisation.name, legalForm: organisation.legalForm, country: organisation.country,
            postalAddress: organisation.postalAddress, email: organisation.email, phone: organisation.phone,
            signatory: organisation.signatory, trustedFlaggerAwardedBy: status?.awardingDSC,
            trustedFlaggerAwardedOn: status?.awardedOn, trustedFlaggerReference: status?.reference,
            areaOfExpertise: status?.areaOfExpertise, independenceStatement: status?.independenceStatement,
            trustedFlaggerSuspendedOn: status?.suspendedOn, gdprArticle80Body: organisation.gdprArticle80Body)
    }

    func validationContext(_ loaded: LoadedDocument, at instant: Date) -> ValidationContext {
        ValidationContext(
            items: loaded.items, notifier: sender.notifier, recipient: loaded.recipient,
            dataSubject: loaded.person?.dataSubject, parent: loaded.parent?.snapshot, now: instant, zone: zone)
    }

    func renderRequest(_ loaded: LoadedDocument) -> RenderRequest {
        RenderRequest(
            document: loaded.record, items: loaded.items, evidence: loaded.evidence, sender: sender,
            recipient: loaded.recipient, parent: loaded.parent, dataSubject: loaded.person?.dataSubject, zone: zone,
            now: now)
    }

    func renderer() -> DocumentRenderer {
        DocumentRenderer(templatesDirectory: config.templatesDirectory.map { URL(fileURLWithPath: $0) })
    }

    /// The text as it stands: the renderer returns the frozen text once sent (in the format it
    /// was sent in), else a fresh rendering; for a purged document, the statement that its text
    /// is erased (`show` and the TUI display it as such).
    func currentText(_ loaded: LoadedDocument) throws(EngineError) -> RenderedDocument {
        if let purged = loaded.record.purged {
            return RenderedDocument(
                subject: "\(loaded.record.kind.title) \(loaded.record.reference)",
                text: purged.statement(reference: loaded.record.reference) + "\n", format: .txt)
        }
        let format = loaded.record.frozen.flatMap { ExportFormat(rawValue: $0.format) } ?? .txt
        do {
            return try renderer().render(renderRequest(loaded), format: format)
        } catch {
            throw .badInput("\(loaded.record.reference) cannot be rendered: \(error)")
        }
    }

    /// What the document lacks before it may be approved or sent: the elements missing from its
    /// fields, then (when those are complete) the ones its template leaves out of the text.
    func missingElements(_ loaded: LoadedDocument) throws -> [MissingElement] {
        let fields = loaded.record.content.missingElements(in: validationContext(loaded, at: now))
        guard fields.isEmpty else { return fields }
        return try currentText(loaded).absentElements
    }
}
