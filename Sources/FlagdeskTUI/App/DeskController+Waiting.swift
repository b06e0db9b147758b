import FlagdeskEngine

/// Writes that wait for another process (a CLI import holds the store's write lock for its whole
/// run). The desk is single-threaded and ncurses is not thread-safe, so it does not block for the
/// whole wait inside SQLite: each attempt waits a short slice (`DeskTUI.waitSlice`), and between
/// slices the status line says what it waits for and for how long, drawn on the main thread.
/// Drawing one message before every write instead would flash on each save and could not count
/// the seconds. Each retried call is one engine transaction, so a retry never repeats a change.
/// Between slices Esc (C-g, C-c) stops waiting, and every other key typed meanwhile is read and
/// thrown away (the screen says so): a key meant for this screen must not run on the next one.
extension DeskController {
    func writing<T>(_ write: () throws(EngineError) -> T) throws(EngineError) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let limit = desk.writeWaitLimit
        var waited = false
        defer {
            // Keys typed during the last slice are dropped too.
            if waited { _ = waitIsCancelled?() }
            isWaitingForWriter = false
        }
        while true {
            do {
                return try write()
            } catch .busy(let message) {
                waited = true
                isWaitingForWriter = true
                let elapsed = clock.now - start
                guard elapsed < limit else { throw .busy(message) }
                state.message = .info(Self.waitingMessage(waited: elapsed, limit: limit))
                onWaiting?()
                if waitIsCancelled?() == true {
                    throw .refused("stopped waiting for the other process: nothing was changed")
                }
            }
        }
    }

    /// Short enough to be read whole at 100 columns: the seconds first, then how to stop.
    static func waitingMessage(waited: Duration, limit: Duration) -> String {
        "waiting for another flagdesk write (an import?): \(waited.components.seconds) s of "
            + "\(limit.components.seconds) s; Esc stops, other keys are ignored"
    }
}
