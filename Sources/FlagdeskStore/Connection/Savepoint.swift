import GRDB

/// One step of a batch inside a write transaction that may be refused on its own: its writes are
/// undone and the batch goes on (an escalation run drafts every follow-up it can and reports the
/// ones refused, instead of one refusal leaving every other deadline unescalated).
public enum Savepoint {
    /// Runs `body` in a savepoint: kept when it returns, rolled back (and rethrown) when it throws.
    public static func run<T>(in db: Database, _ body: () throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        // `inSavepoint` returns only after `body` returned a value or rethrows its error.
        return result!
    }
}
