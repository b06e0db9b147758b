import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

/// A document's identity and contact fields (`IdentityFields`) and a sent text carrying them
/// live only sealed (issue #15 point 5; GDPR Arts. 5(1)(f), 32): the clear JSON holds a
/// placeholder, the value is opened with the vault key for the text that leaves, for a reveal
/// (audited) and for the wishes that read it.
extension Desk {
    /// The data key, read inside the caller's transaction; refused with the fix when the vault
    /// key cannot be had. `why` says what needs it.
    func documentKey(_ why: String, in db: StoreTransaction) throws -> DataKey {
        let wrapped = try VaultKeyRecords.current(in: db)
        do throws(EngineError) {
            return try unlockVault(vault, wrapped: wrapped).dataKey
        } catch {
            throw EngineError.refused(
                "\(why) carries a person's identity or contact, kept only sealed with the vault key: "
                    + "\(error.description) (the key file \(vault.keyFile.path), or "
                    + "\(VaultCredentials.passphraseVariable) for a passphrase)")
        }
    }

    /// The key when `content` brings clear identity values to seal, nil when it brings none.
    func keyForIdentityFields(_ content: DocumentContent, reference: String?, in db: StoreTransaction) throws
        -> DataKey?
    {
        let clear = IdentityFields.clearValues(in: content)
        guard !clear.isEmpty else { return nil }
        let fields = clear.keys.sorted().joined(separator: " and ")
        return try documentKey(reference.map { "\($0)'s \(fields)" } ?? fields, in: db)
    }

    /// Seals the clear identity values of `content` for the document, erases the sealed value of
    /// a field now empty, and keeps the ones still sealed (their placeholder).
    func storeIdentityFields(
        _ content: DocumentContent, documentID: Int64, key: DataKey?, in db: StoreTransaction
    ) throws {
        let clear = IdentityFields.clearValues(in: content)
        for (field, value) in clear {
            guard let key else { throw EngineError.store("no key to seal \(field)") }
            let sealed = try key.sealDocumentValue(Data(value.utf8), documentID: documentID, field: field)
            try SealedDocumentRecords.set(
                SealedDocumentValue(documentID: documentID, field: field, sealed: sealed), in: db)
        }
        for field in IdentityFields.emptyKeys(in: content) {
            try SealedDocumentRecords.delete(documentID: documentID, field: field, in: db)
        }
    }

    /// The content with its sealed fields opened.
    func openedContent(_ record: DocumentRecord, key: DataKey, in db: StoreTransaction) throws -> DocumentContent {
        let sealedKeys = IdentityFields.sealedKeys(in: record.content)
        guard !sealedKeys.isEmpty else { return record.content }
        let stored = try SealedDocumentRecords.values(documentID: record.id, in: db)
        var values: [String: String] = [:]
        for field in sealedKeys {
            // Erased with the person (GDPR Art. 17) or by the purge: `verify` finds one deleted
            // outside Flagdesk (a sealed table), so here it only says so.
            guard let sealed = stored[field] else {
                values[field] = "[erased: \(field)]"
                continue
            }
            values[field] = String(
                decoding: try key.openDocumentValue(sealed, documentID: record.id, field: field), as: UTF8.self)
        }
        return IdentityFields.restoring(values, in: record.content)
    }

    /// Whether the record holds anything sealed: a field's placeholder, or a sent text sealed.
    static func holdsSealedValues(_ record: DocumentRecord) -> Bool {
        !IdentityFields.sealedKeys(in: record.content).isEmpty
            || record.frozen?.text == IdentityFields.sealedTextPlaceholder
    }

    /// The record opened: fields and the text as sent. A sent text erased with the person it
    /// named (GDPR Art. 17) is refused, by SHA-256.
    func opened(_ record: DocumentRecord, key: DataKey, in db: StoreTransaction) throws -> DocumentRecord {
        var opened = record
        if var frozen = record.frozen, frozen.text == IdentityFields.sealedTextPlaceholder {
            guard
                let sealed = try SealedDocumentRecords.values(documentID: record.id, in: db)[
                    SealedDocumentRecords.textAsSent]
            else {
                throw EngineError.refused(
                    "the text as sent of \(record.reference) named a person and was erased with them (GDPR Art. 17); "
                        + "only its SHA-256 remains (\(frozen.sha256))")
            }
            frozen.text = String(
                decoding: try key.openDocumentValue(
                    sealed, documentID: record.id, field: SealedDocumentRecords.textAsSent),
                as: UTF8.self)
            opened.frozen = frozen
        }
        opened.content = try openedContent(record, key: key, in: db)
        return opened
    }

    /// Opens the sealed values of `records` for an output (`show --reveal`, an export, a
    /// bundle), each one on the trail as a reveal: who, which document, which fields, why.
    /// Records with nothing sealed pass unchanged, without the key.
    func revealed(_ records: [DocumentRecord], purpose: String) throws(EngineError) -> [DocumentRecord] {
        guard records.contains(where: Self.holdsSealedValues) else { return records }
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let names = records.filter(Self.holdsSealedValues).map(\.reference).joined(separator: ", ")
            let key = try self.documentKey(names, in: db)
            return try records.map { record in
                guard Self.holdsSealedValues(record) else { return record }
                var fields = IdentityFields.sealedKeys(in: record.content)
                if record.frozen?.text == IdentityFields.sealedTextPlaceholder {
                    fields.append(SealedDocumentRecords.textAsSent)
                }
                let opened = try self.opened(record, key: key, in: db)
                try self.audit(
                    actor: actor, at: now, entity: "document", id: record.reference, action: "revealed",
                    ["fields": fields.joined(separator: ","), "purpose": purpose, "key_id": key.id], in: db)
                return opened
            }
        }
    }

    /// Who may reveal a document's sealed values: a coordinator, or the member assigned to a
    /// person it concerns or to one of its items (the rule of `person show --reveal`).
    func requireDocumentRevealRight(_ loaded: LoadedDocument) throws(EngineError) {
        guard try currentTeam().role(of: actor) != .coordinator else { return }
        if loaded.items.contains(where: { $0.assignee == actor }) { return }
        let people = try storeRead { db in
            try self.concernedPeople(record: loaded.record, items: loaded.items, in: db).map(\.id)
        }
        for id in people {
            let assignees = try storeRead { db in try VaultSealedRecords.assignees(personID: id, in: db) }
            if assignees.contains(actor) { return }
        }
        throw .refused(
            "\(actor) is not assigned to the person \(loaded.record.reference) concerns or to one of its items; only "
                + "a coordinator or the assigned flagger or support worker can reveal its sealed fields")
    }

    /// `documents show --reveal`: the document with its sealed values opened, on the trail.
    public func document(reference: String, reveal: Bool) throws(EngineError) -> DocumentView {
        guard reveal else { return try document(reference: reference) }
        try requireUser(to: "reveal a document's sealed fields")
        let settings = try deadlineSettings()
        var loaded = try storeRead { db in
            try self.load(try self.document(reference, expectedVersion: nil, in: db), in: db)
        }
        guard Self.holdsSealedValues(loaded.record) else { return try document(reference: reference) }
        try requireDocumentRevealRight(loaded)
        loaded.record = try revealed([loaded.record], purpose: "show")[0]
        let opened = loaded
        return try storeRead { db in try self.view(opened, settings: settings, in: db) }
    }

    /// A bundle's sent texts that are sealed, opened with the vault key (each a reveal on the
    /// trail); without the key the bundle is refused, never written with a placeholder.
    func openedBundleDocuments(_ documents: [BundleDocument]) throws(EngineError) -> [BundleDocument] {
        let sealed = documents.filter { $0.text == IdentityFields.sealedTextPlaceholder }.map(\.reference)
        guard !sealed.isEmpty else { return documents }
        let records = try storeRead { db in try sealed.compactMap { try DocumentRecords.find(reference: $0, in: db) } }
        var texts: [String: String] = [:]
        for record in try revealed(records, purpose: "bundle") { texts[record.reference] = record.frozen?.text }
        return documents.map { document in
            var opened = document
            if let text = texts[document.reference] { opened.text = text }
            return opened
        }
    }
}
