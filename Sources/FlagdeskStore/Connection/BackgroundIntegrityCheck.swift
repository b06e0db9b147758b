import Foundation
import GRDB

/// SQLite's own check (`PRAGMA integrity_check`) run on a thread of its own, on its own read
/// connection and snapshot, while `verify` recomputes the trail and the seals on the calling
/// thread: the two take about as long and each keeps one core busy, so `verify` takes about as
/// long as SQLite's check alone instead of the sum of both (issue 14: at most 1.5 times).
public final class BackgroundIntegrityCheck: @unchecked Sendable {
    private let done = NSCondition()
    private var outcome: Result<[String], StoreError>?

    init(_ store: Store) {
        let thread = Thread { [self] in
            let result = Result { () throws(StoreError) in try store.integrityCheck() }
            done.lock()
            outcome = result
            done.signal()
            done.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the check to end: "ok" when sound, else SQLite's findings.
    public func wait() throws(StoreError) -> [String] {
        done.lock()
        while outcome == nil { done.wait() }
        let result = outcome!
        done.unlock()
        return try result.get()
    }
}

extension Store {
    /// Starts `integrityCheck()` on another thread; `wait()` for its answer.
    public func startIntegrityCheck() -> BackgroundIntegrityCheck {
        BackgroundIntegrityCheck(self)
    }
}
