import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `person forget` erased and what it kept, and why: the person is told both.
public struct ForgetReport: Sendable, Equatable {
    public var personID: Int64
    /// Documents not yet sent whose fields about the person were cleared.
    public var clearedDocuments: [String]
    /// Sent documents whose frozen text may name the person: kept (see `kept`).
    public var sentDocuments: [String]
    /// Sent documents whose text carried a sealed value about the person: the sealed text is
    /// erased, its SHA-256 kept (issue #15 point 5).
    public var erasedSentTexts: [String] = []
    /// Items linked to the person: kept, they are about the content and the offence.
    public var items: [String]
    public var kept: [String]
}

extension Desk {
    /// Erases a person at their request (GDPR Art. 17(1), the organisation as controller):
    /// identity, contact, the signed mandate, wishes, assignment and pseudonym; and the fields
    /// about them in documents not yet sent (approved ones go back to draft). Coordinators only,
    /// with the reason; one `forget` event. What the law lets the organisation keep is kept and
    /// said (Art. 17(3)(b), (e)): the items and evidence (the offence, not the person), the sent
    /// letters as sent (the record of what was disclosed, for legal claims; erased with their
    /// retention period), and the trail, which names the person by row id only.
    public func forgetPerson(pseudonym: String, reason: String) throws(EngineError) -> ForgetReport {
        try requireCoordinator(to: "erase a person on their request (GDPR Art. 17)")
        guard let reason = reason.nilIfBlank else {
            throw .badInput("erasing a person needs the reason in words (--reason TEXT, e.g. her request of DATE)")
        }
        // Old page contents zeroed and the WAL truncated: the erased values do not linger on disk.
        do {
            return try store.writeErasingOldPages { db in try self.forget(pseudonym, reason: reason, in: db) }
        } catch {
            throw EngineError.domain(error) ?? (error as? StoreError).map(EngineError.init) ?? .store("\(error)")
        }
    }

    private func forget(_ pseudonym: String, reason: String, in db: StoreTransaction) throws -> ForgetReport {
        let person = try self.livePerson(pseudonym, creating: false, in: db)
        var report = ForgetReport(
            personID: person.id, clearedDocuments: [], sentDocuments: [],
            items: try PersonHoldingsRecords.items(personID: person.id, in: db).map(\.reference), kept: [])
        let documents = try PersonHoldingsRecords.documents(personID: person.id, in: db)
        for var record in documents {
            if record.status.hasBeenSent {
                if record.frozen?.text == IdentityFields.sealedTextPlaceholder {
                    report.erasedSentTexts.append(record.reference)
                } else {
                    report.sentDocuments.append(record.reference)
                }
                continue
            }
            let content = WishSafeguards.withoutPersonalFields(record.content)
            guard content != record.content, record.status != .withdrawn else { continue }
            try Self.reopenForEdit(&record)
            record.content = content
            let updated = try DocumentRecords.update(record, at: self.now, in: db)
            try self.audit(
                actor: self.actor, at: self.now, entity: "document", id: record.reference, action: "edit",
                ["fields": "personal fields cleared (person forgotten)", "status": record.status.rawValue], in: db)
            // Back to ready when nothing it needs was about the person (an approval covered the old text).
            _ = try self.completeIfPossible(try self.load(updated, in: db), in: db)
            report.clearedDocuments.append(record.reference)
        }
        // The sealed identity and contact fields and sealed texts as sent go with the person.
        _ = try SealedDocumentRecords.deleteAll(documentIDs: documents.map(\.id), in: db)
        _ = try ForgetRecords.erasePerson(id: person.id, at: self.now, in: db)
        report.kept = Self.keptOnForget(report)
        try self.audit(
            actor: self.actor, at: self.now, entity: "person", id: String(person.id), action: "forget",
            [
                "basis": "GDPR Art. 17(1)", "reason": reason,
                "cleared_documents": report.clearedDocuments.joined(separator: ","),
                "kept_sent_documents": report.sentDocuments.joined(separator: ","),
                "erased_sent_texts": report.erasedSentTexts.joined(separator: ","),
            ], in: db)
        return report
    }

    /// What stays, each with the provision that lets the organisation keep it.
    static func keptOnForget(_ report: ForgetReport) -> [String] {
        var kept = [
            "the audit trail, which names the person by row id only (GDPR Art. 17(3)(b): the trusted flagger's "
                + "records, DSA Art. 22(3); (e): legal claims)"
        ]
        if !report.items.isEmpty {
            kept.append(
                "\(report.items.count) item(s) and their evidence, about the content and the offence, not the person "
                    + "(Art. 17(3)(e)); erased with their own retention period")
        }
        if !report.sentDocuments.isEmpty {
            kept.append(
                "\(report.sentDocuments.count) sent letter(s) as sent (\(report.sentDocuments.joined(separator: ", "))): "
                    + "the record of what was disclosed and to whom (Art. 17(3)(e)); erased with their retention period"
            )
        }
        if !report.erasedSentTexts.isEmpty {
            kept.append(
                "\(report.erasedSentTexts.count) sent letter(s) that named the person "
                    + "(\(report.erasedSentTexts.joined(separator: ", "))) by the SHA-256 of their text only: the text, "
                    + "sealed, is erased with the person")
        }
        return kept
    }
}
