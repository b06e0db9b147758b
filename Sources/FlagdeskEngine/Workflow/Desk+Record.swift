import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Records what the recipient said or did: receipt (DSA Art. 16(4)), decision (Art. 16(5)),
    /// a reply-time extension (GDPR Art. 12(3)), the issuing, extension or production request of
    /// a preservation order (Reg. (EU) 2023/1543 Art. 11), the recipient's reference. The
    /// deadlines move in the same transaction.
    public func record(reference: String, _ response: ResponseRecord) throws(EngineError) -> DocumentView {
        try requireUser(to: "record answers")
        guard !response.isEmpty else {
            throw .badInput(
                "nothing to record: give --ack, --decision, --extension-until, --issued, --extended, "
                    + "--production-requested, --provider-ref or --note")
        }
        let at = response.at ?? now
        guard at <= now else { throw .badInput("--at \(ISO8601.format(at)) is in the future") }
        let settings = try deadlineSettings()
        return try storeWrite { db in try self.record(reference, response, at: at, settings: settings, in: db) }
    }

    func record(
        _ reference: String, _ response: ResponseRecord, at: Date, settings: DeadlineSettings, in db: StoreTransaction
    ) throws -> DocumentView {
        try changeDocument(reference, expectedVersion: nil, action: "record", settings: settings, in: db) {
            loaded, payload throws in
            var record = loaded.record
            guard record.status.hasBeenSent else {
                throw EngineError.refused(
                    "\(record.reference) is \(record.status.rawValue); answers are recorded once it is sent")
            }
            if let sent = record.sentAt, at < sent {
                throw EngineError.badInput("--at \(ISO8601.format(at)) is before \(record.reference) was sent")
            }
            // `--at` is the answer's own date, data on the event; the event itself is dated when
            // it was recorded (the clock).
            if response.at != nil { payload["answer_dated"] = ISO8601.format(at) }
            if response.acknowledged {
                record.status = try DocumentWorkflow.apply(
                    .acknowledge, to: record.status, reference: record.reference, missing: []
                ).to
                record.acknowledgedAt = at
                payload["acknowledged"] = ISO8601.format(at)
            }
            if let decision = response.decision {
                record.status = try DocumentWorkflow.apply(
                    .decide(decision), to: record.status, reference: record.reference, missing: []
                ).to
                record.outcome = decision
                record.decidedAt = at
                // DSA Art. 20(2): the complaint window runs from when the decision was notified.
                record.decisionNotifiedAt = at
                payload["decision"] = decision.rawValue
            }
            if let until = response.extensionUntil {
                try applyExtension(until, announcedAt: at, to: &record, loaded: loaded, settings: settings)
                payload["extension_until"] = until.description
            }
            try applyPreservationMilestones(response, at: at, to: &record)
            if response.issued { payload["issued"] = ISO8601.format(at) }
            if response.extended { payload["extended"] = ISO8601.format(at) }
            if response.productionRequested { payload["production_requested"] = ISO8601.format(at) }
            if let providerReference = response.providerReference?.nilIfBlank {
                record.providerReference = providerReference
                payload["provider_reference"] = providerReference
            }
            if let note = response.note?.nilIfBlank { payload["note"] = note }
            return record
        }
    }

    /// GDPR Art. 12(3): the controller may extend by two further months, informing the data
    /// subject within the first month, with reasons. A later date than the law allows is refused,
    /// and so is an extension announced after the first month: it has no effect in law, so the
    /// one-month deadline stands (missed, and the DPA complaint due). Refused rather than stored
    /// with a flag, because a stored `extension_until` moves the deadline for every reader (the
    /// queue, the ladder, exports); the announcement itself is kept by recording it as a note.
    private func applyExtension(
        _ until: CivilDate, announcedAt: Date, to record: inout DocumentRecord, loaded: LoadedDocument,
        settings: DeadlineSettings
    ) throws {
        guard record.kind.definition.answers.replyExtension else {
            throw EngineError.badInput("--extension-until applies to a gdpr-erasure (GDPR Art. 12(3)) only")
        }
        guard record.status.awaitsAnswer, let sent = record.sentAt else {
            throw EngineError.refused(
                "\(record.reference) is \(record.status.rawValue); only a pending request is extended")
        }
        let calculator = DeadlineCalculator(catalog: settings.catalog)
        let rule = try settings.catalog.rule("gdpr.art12.response")
        let place = places(for: loaded.recipient, controllerKey: record.recipientKey, settings: settings).recipient
        let normal = try calculator.due(rule, from: sent, zone: place.zone, calendar: place.calendar)
        let longest = try calculator.due(rule, from: sent, zone: place.zone, calendar: place.calendar, extended: true)
        guard announcedAt <= normal else {
            throw EngineError.refused(
                "\(record.reference): the extension was announced on \(LocalTime.text(announcedAt, in: place.zone)), "
                    + "after the one-month deadline (\(LocalTime.text(normal, in: place.zone))); GDPR Art. 12(3) "
                    + "allows the two further months only if the controller informs the data subject within the "
                    + "first month, with reasons. The deadline stands and a DPA complaint (GDPR Art. 77) may be "
                    + "drafted; keep the controller's message with --note. If it did write within the month, "
                    + "give that time with --at.")
        }
        let end = until.endInstant(in: place.zone)
        guard end > normal else {
            throw EngineError.badInput("--extension-until \(until) is not later than the one-month deadline")
        }
        guard end <= longest else {
            throw EngineError.badInput(
                "--extension-until \(until) is beyond what GDPR Art. 12(3) allows (at most two further months, "
                    + "until \(LocalTime.text(longest, in: place.zone)))")
        }
        record.extensionUntil = until
    }

    /// Reg. (EU) 2023/1543 Art. 11(1): 60 days from issuing, extendable by 30; a production
    /// request keeps the data preserved until it is dealt with.
    private func applyPreservationMilestones(_ response: ResponseRecord, at: Date, to record: inout DocumentRecord)
        throws
    {
        guard response.issued || response.extended || response.productionRequested else { return }
        guard record.kind.definition.answers.preservationMilestones else {
            throw EngineError.badInput(
                "--issued, --extended and --production-requested apply to a preservation-request only")
        }
        if response.issued {
            guard record.issuedAt == nil else {
                throw EngineError.refused("\(record.reference): the preservation order's issuing is already recorded")
            }
            record.issuedAt = at
        }
        guard record.issuedAt != nil else {
            throw EngineError.refused("\(record.reference): record --issued first (the order must have been issued)")
        }
        if response.extended {
            guard record.extendedAt == nil else {
                throw EngineError.refused("\(record.reference): a preservation order is extended once (Art. 11(1))")
            }
            record.extendedAt = at
        }
        if response.productionRequested { record.productionRequestedAt = at }
    }
}
