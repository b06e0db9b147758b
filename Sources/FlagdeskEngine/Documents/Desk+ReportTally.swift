import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// The DSA notices sent in `[start, end)` as the Art. 22(3) report counts them, tallied by
    /// the store, each provider named as in the directory (a key outside it stays as it is).
    /// The exported report and the TUI's report screen both count from it, so they agree.
    func reportTally(sentFrom start: Date, to end: Date, in db: StoreTransaction) throws -> ReportTally {
        let directory = self.directory
        return try ReportRecords.tally(sentFrom: start, to: end, in: db).namingProviders { key in
            directory.provider(key: key)?.name ?? key
        }
    }
}
