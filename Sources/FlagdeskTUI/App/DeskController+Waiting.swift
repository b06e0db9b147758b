import FlagdeskEngine

/// Writes that wait for another process (a CLI import holds the store's write lock for its whole
/// run). The desk is single-threaded and ncurses is not thread-safe, so it does not block for the
/// whole wait inside SQLite: each attempt waits a short slice (`DeskTUI.waitSlice`), and between
/// slices the status line says what it waits for and for how long, drawn on the main thread.
/// Drawing one message before every write instead would flash on each save and could not count
/// the seconds. Each retried call is one engine transaction, so a retry never repeats a change.
extension DeskController {
    func writing<T>(_ write: () throws(EngineError) -> T) throws(EngineError) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let limit = desk.writeWaitLimit
        while true {
            do {
                return try write()
            } catch .busy(let message) {
                let waited = clock.now - start
                guard waited < limit else { throw .busy(message) }
                state.message = .info(Self.waitingMessage(waited: waited, limit: limit))
                onWaiting?()
            }
        }
    }

    static func waitingMessage(waited: Duration, limit: Duration) -> String {
        "waiting for another flagdesk process to finish writing (an import?): "
            + "\(waited.components.seconds) s of at most \(limit.components.seconds) s"
    }
}
