import FlagdeskCore
import FlagdeskStore

extension Desk {
    /// A document as shown again (opened, refreshed): a draft whose missing elements were
    /// supplied elsewhere since (the configuration's [organisation], the directory, the person)
    /// becomes ready now, through the same step as an edit (`complete`, on the trail), rather
    /// than after an unrelated edit (issue #17). The desk and `flagdesk show` both ask this.
    /// Anything else is read and nothing written: a document that is not a complete draft, or
    /// whoever may not write here (`requireUser`: a non-member, a read-only store, a what-if
    /// `--now`).
    public func revalidate(reference: String) throws(EngineError) -> DocumentView {
        let current = try document(reference: reference)
        guard current.record.status == .draft, current.missing.isEmpty,
            (try? requireUser(to: "draft documents")) != nil
        else { return current }
        let settings = try deadlineSettings()
        return try storeWrite { db in
            let record = try self.document(reference, expectedVersion: current.record.version, in: db)
            let loaded = try self.completeIfPossible(try self.load(record, in: db), in: db)
            return try self.view(loaded, settings: settings, in: db)
        }
    }
}
