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

/// What a reminder run for some items did: per awaited document, a new reminder or the one
/// already ready.
public struct ReminderRun: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// The document awaiting an answer.
        public var parent: String
        public var reminder: String
    }

    /// Reminders drafted now.
    public var drafted: [Entry] = []
    /// Awaited documents that already have a reminder drafted and not yet sent: none drafted.
    public var alreadyReady: [Entry] = []
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
    /// acknowledged), in one transaction: a document covering two of the items, or one that
    /// already has an unsent reminder, gets none (DSA Art. 16(5) asks the platform to decide
    /// "in a timely manner": one reminder at a time is what a flagger sends).
    public func draftReminders(forItems references: [String]) throws(EngineError) -> ReminderRun {
        try requireUser(to: "draft documents")
        let settings = try deadlineSettings()
        return try storeWrite { db in
            var run = ReminderRun()
            var seen: Set<Int64> = []
            for reference in references {
                let item = try self.item(reference.uppercased(), expectedVersion: nil, in: db)
                let awaited = try DocumentRecords.list(
                    DocumentFilter(statuses: [.sent, .acknowledged], itemID: item.id), limit: 1_000, in: db)
                for document in awaited where seen.insert(document.id).inserted {
                    let followUp = try self.followUp(.reminder, parent: document.reference, settings: settings, in: db)
                    let entry = ReminderRun.Entry(parent: document.reference, reminder: followUp.view.record.reference)
                    if followUp.isNew { run.drafted.append(entry) } else { run.alreadyReady.append(entry) }
                }
            }
            return run
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
