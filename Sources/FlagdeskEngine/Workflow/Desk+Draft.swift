import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Drafts a document for items (or as a follow-up of a document), pre-filled from the items,
    /// their triage and the directory, then edited by `settings`. It becomes `ready` as soon as
    /// every required element is present.
    public func draft(_ request: DraftRequest) throws(EngineError) -> DocumentView {
        try requireUser(to: "draft documents")
        if let language = request.language, ISOCodes.language(language) == nil {
            throw .badInput("--language '\(language)' is not an ISO 639-1 code (en, fr, de...)")
        }
        let settings = try deadlineSettings()
        return try storeWrite { db in try self.draft(request, settings: settings, in: db) }
    }

    /// Drafts inside the caller's transaction (also used by `escalate`).
    func draft(_ request: DraftRequest, settings: DeadlineSettings, in db: StoreTransaction, escalation: String? = nil)
        throws -> DocumentView
    {
        let parent = try request.parent.map { reference in
            guard let parent = try DocumentRecords.find(reference: reference.uppercased(), in: db) else {
                throw StoreError.notFound("document \(reference.uppercased())")
            }
            return parent
        }
        if request.kind.definition.conduct.requiresParent, parent == nil {
            throw EngineError.badInput("a \(request.kind.rawValue) follows a sent document: give --parent DOC")
        }
        var items = try request.items.map { reference in
            try self.item(reference.uppercased(), expectedVersion: nil, in: db)
        }
        if items.isEmpty, let parent { items = try ItemRecords.find(ids: parent.itemIDs, in: db) }
        if items.isEmpty, !request.kind.isFollowUp {
            throw EngineError.badInput("a \(request.kind.rawValue) covers at least one item: give --item REF")
        }
        if let closed = items.first(where: { !$0.status.isOpen }) {
            throw EngineError.refused(
                "\(closed.reference) is \(closed.status.label); documents are drafted for open items only")
        }
        let pseudonym = request.person?.nilIfBlank
        let personID = items.compactMap(\.personID).first ?? parent?.personID
        let person =
            try pseudonym.map { try self.person($0, creating: false, in: db) }
            ?? personID.flatMap { try PeopleRecords.find(id: $0, in: db) }
        if let person { try Self.requireLive(person) }
        let fields = try items.first.map { try ItemRecords.workflowFields(itemID: $0.id, in: db) }
        var evidence: [Evidence] = []
        for item in items { evidence += try EvidenceRecords.forItem(item.id, in: db) }
        let prefill = DraftPrefill(
            desk: self, kind: request.kind, items: items, evidence: evidence, triage: fields?.triage,
            person: person, parent: parent)
        let addressed = try prefill.recipient(explicit: request.recipient)
        var content = prefill.content(recipient: addressed)
        content = try DocumentFields.apply(request.settings, to: content)
        let language =
            request.language.flatMap(ISOCodes.language) ?? addressed.preferredLanguage ?? config.defaultLanguage
        try requireTemplate(kind: request.kind, language: language)
        // Identity and contact fields are stored sealed; the clear JSON keeps a placeholder.
        let key = try keyForIdentityFields(content, reference: nil, in: db)
        var record = DocumentRecord(
            language: language, content: IdentityFields.withPlaceholders(content), recipientKind: addressed.kind,
            recipientKey: addressed.key, itemIDs: items.map(\.id), caseID: items.first?.caseID, personID: person?.id,
            parentID: parent?.id, draftedAt: now, draftedBy: actor)
        record = try DocumentRecords.insert(record, year: CivilDate(now, in: zone).year, in: db)
        try storeIdentityFields(content, documentID: record.id, key: key, in: db)
        // A kind the person's wishes forbid is refused from the draft on (no police, no erasure).
        try requireWishes(
            LoadedDocument(record: record, items: items, evidence: [], person: person, parent: parent, recipient: nil),
            stage: .draft, in: db)
        var payload = ["kind": request.kind.rawValue, "items": items.map(\.reference).joined(separator: ",")]
        payload["recipient"] = addressed.key
        payload["parent"] = parent?.reference
        payload["escalation"] = escalation
        try audit(actor: actor, at: now, entity: "document", id: record.reference, action: "draft", payload, in: db)
        let loaded = try completeIfPossible(try load(record, in: db), in: db)
        return try self.view(loaded, settings: settings, in: db)
    }

    /// Edits fields of a document not yet sent. An approved or ready document goes back to
    /// draft first: an approval covers the text that was approved (DESIGN.md §4).
    public func edit(reference: String, settings fieldSettings: [FieldSetting], expectedVersion: Int? = nil)
        throws(EngineError) -> DocumentView
    {
        try requireUser(to: "edit documents")
        let settings = try deadlineSettings()
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            var record = try self.document(reference, expectedVersion: expectedVersion, in: db)
            guard !record.status.hasBeenSent, record.status != .withdrawn else {
                throw EngineError.refused(
                    "\(record.reference) is \(record.status.rawValue); its text is frozen and cannot be edited "
                        + "(draft a follow-up instead)")
            }
            let content = try DocumentFields.apply(fieldSettings, to: record.content)
            guard content != record.content else {
                return try self.view(try load(record, in: db), settings: settings, in: db)
            }
            try Self.reopenForEdit(&record)
            let key = try self.keyForIdentityFields(content, reference: record.reference, in: db)
            record.content = IdentityFields.withPlaceholders(content)
            record = try DocumentRecords.update(record, at: now, in: db)
            try self.storeIdentityFields(content, documentID: record.id, key: key, in: db)
            try audit(
                actor: actor, at: now, entity: "document", id: record.reference, action: "edit",
                ["fields": fieldSettings.map(\.key).joined(separator: ","), "status": record.status.rawValue], in: db)
            let loaded = try completeIfPossible(try load(record, in: db), in: db)
            return try self.view(loaded, settings: settings, in: db)
        }
    }

    /// A ready or approved document goes back to draft before its fields change: an approval
    /// covers the text that was approved (DESIGN.md §4).
    static func reopenForEdit(_ record: inout DocumentRecord) throws {
        guard record.status == .ready || record.status == .approved else { return }
        record.status = try DocumentWorkflow.apply(.reopen, to: record.status, reference: record.reference, missing: [])
            .to
        record.approvedAt = nil
        record.approvedBy = nil
    }

    /// draft -> ready once nothing is missing (DSA Art. 16(2) and the other kinds' elements).
    func completeIfPossible(_ loaded: LoadedDocument, in db: StoreTransaction) throws -> LoadedDocument {
        guard loaded.record.status == .draft else { return loaded }
        let missing = loaded.record.content.missingElements(in: validationContext(loaded, at: now))
        guard missing.isEmpty else { return loaded }
        var record = loaded.record
        record.status = try DocumentWorkflow.apply(.complete, to: .draft, reference: record.reference, missing: [])
            .to
        record = try DocumentRecords.update(record, at: now, in: db)
        try audit(actor: actor, at: now, entity: "document", id: record.reference, action: "complete", [:], in: db)
        var updated = loaded
        updated.record = record
        return updated
    }

    /// The document, refused when unknown or changed since `expectedVersion`.
    func document(_ reference: String, expectedVersion: Int?, in db: StoreTransaction) throws -> DocumentRecord {
        let wanted = reference.uppercased()
        guard let record = try DocumentRecords.find(reference: wanted, in: db) else {
            throw StoreError.notFound("document \(wanted)")
        }
        if let expectedVersion, expectedVersion != record.version {
            throw StoreError.staleWrite(
                record: "document \(wanted)", expectedVersion: expectedVersion, actualVersion: record.version)
        }
        return record
    }
}
