import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// A coordinator's "waiting for my approval": documents complete and ready, oldest first,
    /// without those the coordinator drafted while four-eyes applies (they need someone else).
    /// Empty for a flagger: only coordinators approve.
    public func awaitingMyApproval(limit: Int = 500) throws(EngineError) -> [DocumentRecord] {
        guard role == .coordinator else { return [] }
        let actor = self.actor
        return try storeRead { db in
            let fourEyes = try self.team(in: db).fourEyesApplies
            return try DocumentRecords.list(DocumentFilter(statuses: [.ready]), limit: limit, in: db)
                .filter { !fourEyes || $0.draftedBy != actor }
        }
    }
}
