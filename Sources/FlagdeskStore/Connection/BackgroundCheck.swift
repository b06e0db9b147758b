import Foundation

/// A read-only check run on a thread of its own, on its own read connection and snapshot.
/// `verify` runs SQLite's own check (`PRAGMA integrity_check`) and the row seals this way while
/// it recomputes the trail on the calling thread: each takes a core, so `verify` takes about as
/// long as its longest part instead of the sum of them (issue 14: at most 1.5 times SQLite's
/// check alone).
public final class BackgroundCheck<Value: Sendable>: @unchecked Sendable {
    private let done = NSCondition()
    private var outcome: Result<Value, StoreError>?

    init(_ body: @escaping @Sendable () throws(StoreError) -> Value) {
        let thread = Thread { [self] in
            let result = Result { () throws(StoreError) in try body() }
            done.lock()
            outcome = result
            done.signal()
            done.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the check to end and returns its answer (or what it threw).
    public func wait() throws(StoreError) -> Value {
        done.lock()
        while outcome == nil { done.wait() }
        let result = outcome!
        done.unlock()
        return try result.get()
    }
}

extension Store {
    /// Starts `integrityCheck()` on another thread.
    public func startIntegrityCheck() -> BackgroundCheck<[String]> {
        BackgroundCheck { () throws(StoreError) in try self.integrityCheck() }
    }

    /// Starts `verifySeal()` on another thread.
    public func startSealCheck() -> BackgroundCheck<SealReport> {
        BackgroundCheck { () throws(StoreError) in try self.verifySeal() }
    }
}
