import Foundation

/// How a write waits for another process's write transaction (SQLite allows one writer at a
/// time; an import holds the lock for its whole transaction, 20 s or more at a million rows).
/// SQLite's busy handler asks `shouldRetry` after each failed attempt to take the lock; once the
/// limit has passed the write fails with `StoreError.busy`, never the raw "database is locked".
///
/// The limit can be changed while the store is open: the TUI waits in short slices and redraws
/// between them (it is single-threaded), the CLI waits the whole configured time at once.
public final class WriterWait: @unchecked Sendable {
    /// What a front shows once a wait has lasted `noticeAfter` (at most once per process).
    public typealias Notice = @Sendable (_ limit: Duration) -> Void

    // Guarded by `lock`: the busy handler runs on GRDB's writer queue, `limit` is set from the front.
    private let lock = NSLock()
    private var currentLimit: Duration
    private var episodeStart: ContinuousClock.Instant?
    private var lastAttempt: ContinuousClock.Instant?
    private var noticeGiven = false
    private let noticeAfter: Duration
    private let notice: Notice?
    private let clock = ContinuousClock()

    /// SQLite's own back-off steps (sqlite3's `sqliteDefaultBusyCallback`), then 100 ms each.
    private static let backOffMilliseconds = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100]

    public init(limit: Duration, noticeAfter: Duration = .seconds(1), notice: Notice? = nil) {
        currentLimit = limit
        self.noticeAfter = noticeAfter
        self.notice = notice
    }

    /// How long one write waits for the lock before failing with `StoreError.busy`.
    public var limit: Duration {
        get { locked { currentLimit } }
        set { locked { currentLimit = newValue } }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Called by SQLite's busy handler (`tries` counts the failed attempts of this lock request):
    /// sleeps a little and answers whether to try again.
    func shouldRetry(tries: Int) -> Bool {
        let now = clock.now
        var announce: Duration?
        let elapsed: Duration = locked {
            // A new request for the lock starts a new wait (a gap longer than any back-off step
            // also does, in case SQLite does not reset its count).
            if tries == 0 || episodeStart == nil || lastAttempt.map({ now - $0 > .seconds(1) }) == true {
                episodeStart = now
            }
            lastAttempt = now
            let elapsed = now - episodeStart!
            if elapsed >= noticeAfter, !noticeGiven, elapsed < currentLimit, notice != nil {
                noticeGiven = true
                announce = currentLimit
            }
            return elapsed
        }
        guard elapsed < limit else { return false }
        if let announce { notice?(announce) }
        let steps = Self.backOffMilliseconds
        let step = steps[min(tries, steps.count - 1)]
        Thread.sleep(forTimeInterval: Double(step) / 1000)
        return true
    }
}
