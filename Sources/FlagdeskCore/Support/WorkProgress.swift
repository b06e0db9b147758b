/// How far long work has come (a backup, a bundle, a verify, a purge), for a front that shows
/// it; the CLI draws it on one line at a terminal and nothing otherwise.
public struct WorkProgress: Sendable, Equatable {
    /// What is being done now (`copying the database`); a new stage starts a new count.
    public var stage: String
    /// What `done` counts (`pages`, `files`, `rows`).
    public var unit: String
    public var done: Int
    /// nil when the whole is not known in advance.
    public var total: Int?

    public init(stage: String, unit: String, done: Int, total: Int?) {
        self.stage = stage
        self.unit = unit
        self.done = done
        self.total = total
    }
}

/// Called with progress as work goes on; nil means nobody is watching.
public typealias ProgressReport = @Sendable (WorkProgress) -> Void
