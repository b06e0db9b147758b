import FlagdeskCore
import FlagdeskStore
import Foundation

/// A follow-up asked for: the one drafted now, or the one already waiting to be sent.
public struct FollowUpDraft: Sendable, Equatable {
    public var view: DocumentView
    /// False when a follow-up of that kind for that parent was already drafted and not yet sent:
    /// nothing new was drafted (a second reminder to the same platform says nothing new).
    public var isNew: Bool
}

/// What a reminder run for some items did, item by item: for each awaited document of each item, a
/// new reminder, the one already ready, or the reason it was refused; and the items that await
/// nothing. The desk reports it line by line, as it does for hold and export of marked items.
public struct ReminderRun: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Drafted by this run.
        case drafted(reminder: String)
        /// A reminder drafted earlier and not sent: none drafted now.
        case alreadyReady(reminder: String)
        /// The engine refused to draft it (a victim's wish, a hold...): nothing written for it.
        case refused(reason: String)
    }

    public struct Entry: Sendable, Equatable {
        /// The marked item the document belongs to.
        public var item: String
        /// The document awaiting an answer.
        public var parent: String
        public var outcome: Outcome

        /// The reminder drafted or found, if any.
        public var reminder: String? {
            switch outcome {
            case .drafted(let reminder), .alreadyReady(let reminder): return reminder
            case .refused: return nil
            }
        }
    }

    /// One entry per (item, awaited document); a document shared by two items is listed under
    /// each with the same outcome, and drafted once.
    public var entries: [Entry] = []
    /// Items with no document awaiting an answer.
    public var itemsAwaitingNothing: [String] = []

    /// Each document once: the reminders drafted now.
    public var drafted: [Entry] { unique { if case .drafted = $0.outcome { true } else { false } } }
    /// Each document once: the reminders already ready.
    public var alreadyReady: [Entry] { unique { if case .alreadyReady = $0.outcome { true } else { false } } }
    /// Each document once: the refusals.
    public var refused: [Entry] { unique { if case .refused = $0.outcome { true } else { false } } }

    private func unique(_ keep: (Entry) -> Bool) -> [Entry] {
        var seen: Set<String> = []
        return entries.filter { keep($0) && seen.insert($0.parent).inserted }
    }
}

extension Desk {
    /// Drafts a follow-up (a reminder, a complaint...) of a sent document, unless one of that kind
    /// is already drafted, ready or approved for it: then that one is returned and nothing is
    /// written. The one rule both fronts use (the desk's `d`, `:remind-marked`); `escalate` keeps
    /// the same rule in its planner.
    public func draftFollowUp(kind: DocumentKind, parent: String) throws(EngineError) -> FollowUpDraft {
        try requireUser(to: "draft documents")
        let settings = try deadlineSettings()
        return try storeWrite { db in try self.followUp(kind, parent: parent, settings: settings, in: db) }
    }

    /// One reminder for every document of these items still awaiting an answer (sent or
    /// acknowledged), in one transaction: a document covering two of the items is reminded once,
    /// one that already has an unsent reminder gets none (DSA Art. 16(5) asks the platform to
    /// decide "in a timely manner": one reminder at a time is what a flagger sends). Each draft
    /// runs in its own savepoint: one refused leaves nothing behind and the others are kept.
    public func draftReminders(forItems references: [String]) throws(EngineError) -> ReminderRun {
        try requireUser(to: "draft documents")
        let settings = try deadlineSettings()
        return try storeWrite { db in
            var run = ReminderRun()
            var outcomes: [Int64: ReminderRun.Outcome] = [:]
            for reference in references {
                let item = try self.item(reference.uppercased(), expectedVersion: nil, in: db)
                let awaited = try DocumentRecords.list(
                    DocumentFilter(statuses: [.sent, .acknowledged], itemID: item.id), limit: 1_000, in: db)
                if awaited.isEmpty { run.itemsAwaitingNothing.append(item.reference) }
                for document in awaited {
                    let outcome =
                        try outcomes[document.id]
                        ?? self.reminderOutcome(for: document.reference, settings: settings, in: db)
                    outcomes[document.id] = outcome
                    run.entries.append(.init(item: item.reference, parent: document.reference, outcome: outcome))
                }
            }
            return run
        }
    }

    private func reminderOutcome(for parent: String, settings: DeadlineSettings, in db: StoreTransaction) throws
        -> ReminderRun.Outcome
    {
        do {
            let followUp = try Savepoint.run(in: db) {
                try self.followUp(.reminder, parent: parent, settings: settings, in: db)
            }
            let reminder = followUp.view.record.reference
            return followUp.isNew ? .drafted(reminder: reminder) : .alreadyReady(reminder: reminder)
        } catch let refusal as WorkflowRefusal {
            return .refused(reason: refusal.message)
        } catch EngineError.refused(let reason) {
            return .refused(reason: reason)
        }
    }

    func followUp(_ kind: DocumentKind, parent: String, settings: DeadlineSettings, in db: StoreTransaction) throws
        -> FollowUpDraft
    {
        guard let parentRecord = try DocumentRecords.find(reference: parent.uppercased(), in: db) else {
            throw StoreError.notFound("document \(parent.uppercased())")
        }
        if let pending = try Self.unsentFollowUp(kind, of: parentRecord.id, in: db) {
            return FollowUpDraft(view: try view(try load(pending, in: db), settings: settings, in: db), isNew: false)
        }
        let drafted = try draft(DraftRequest(kind: kind, parent: parentRecord.reference), settings: settings, in: db)
        return FollowUpDraft(view: drafted, isNew: true)
    }

    /// A follow-up of this kind drafted for the parent and not yet sent (nor withdrawn).
    static func unsentFollowUp(_ kind: DocumentKind, of parentID: Int64, in db: StoreTransaction) throws
        -> DocumentRecord?
    {
        try DocumentRecords.list(
            DocumentFilter(statuses: [.draft, .ready, .approved], kinds: [kind], parentID: parentID), limit: 1, in: db
        ).first
    }
}
