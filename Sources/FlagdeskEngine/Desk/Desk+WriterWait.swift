import FlagdeskStore

extension Desk {
    /// How long a change may wait for another process's write (`[store] wait_seconds`).
    public var writeWaitLimit: Duration { .seconds(config.storeWaitSeconds) }

    /// Makes each write give up with `EngineError.busy` after `slice` (the TUI retries in a loop
    /// that redraws its status line between slices); nil restores the configured limit.
    public func waitForWriters(inSlicesOf slice: Duration?) {
        store.writerWait.limit = slice ?? writeWaitLimit
    }
}
