import Foundation

/// Why the store refused or failed. Messages name the record and say what to do.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The folder or database file is readable by other users: a trafficker who reads it finds victims.
    case insecurePermissions(path: String, mode: String, fix: String)
    case notFound(String)
    /// No store at the folder (and creating one was not asked for).
    case missingStore(path: String)
    /// Another user or process changed the record since it was read (optimistic concurrency).
    case staleWrite(record: String, expectedVersion: Int, actualVersion: Int)
    case evidenceUnreadable(path: String, reason: String)
    case refused(String)
    /// Another process held the write lock longer than the wait allowed (`WriterWait`).
    case busy
    /// The database file opened is no longer at its path (folder removed or moved, file
    /// replaced): a write would go to a file nobody will read again.
    case storeGone(path: String, reason: String)
    case database(String)
    /// A write that must be sealed, and no seal key (`SealKeyFile`) to seal it with.
    case sealKeyMissing(path: String?)
    /// The database file is not a Flagdesk store (empty, or another kind of file): only `init` creates one.
    case notAStore(path: String, reason: String)
    /// The store's folder or database file cannot be written by this account: reading works,
    /// every change is refused before it starts (`ReadOnlyStore`).
    case readOnly(path: String, reason: String)

    public var description: String {
        switch self {
        case .insecurePermissions(let path, let mode, let fix):
            return "\(path) has permissions \(mode): other users could read victims' data; run: \(fix)"
        case .notFound(let what):
            return "\(what) not found"
        case .missingStore(let path):
            return "no store at \(path) (run `flagdesk init --store \(path)` or pass --store)"
        case .staleWrite(let record, let expected, let actual):
            return
                "\(record) was changed by someone else (version \(actual), you edited version \(expected)); reload it and apply your change again"
        case .evidenceUnreadable(let path, let reason):
            return "cannot read evidence file \(path): \(reason)"
        case .refused(let reason):
            return reason
        case .busy:
            return "the store is busy: another flagdesk process is writing (an import?); try again"
        case .storeGone(let path, let reason):
            return "the store at \(path) is gone: \(reason); nothing more is saved. Find out what happened to "
                + "the folder (moved, deleted, restored from a backup?) and open the desk again"
        case .database(let message):
            return "store error: \(message)"
        case .sealKeyMissing(let path):
            let place = path.map { " (expected at \($0))" } ?? ""
            return
                "this write must be sealed and the seal key file is missing\(place): nothing was written. Restore the "
                + "key file from where you keep it, or set [security] seal_key_file to it; a desk made before the seal "
                + "gets one from a coordinator with `flagdesk keys seal-init`"
        case .readOnly(let path, let reason):
            return
                "the store in \(path) is read-only (\(reason)): reading works, nothing can be changed, so nothing "
                + "was. To change it, work as the account that owns it, or give yours write permission: "
                + "chmod u+w \(path) \(path)/\(Store.databaseFileName)"
        case .notAStore(let path, let reason):
            return
                "\(path) is not a Flagdesk store (\(reason)); nothing was created. Restore the store from a backup "
                + "(`flagdesk restore`), or move the file away and run `flagdesk init` for a new desk"
        }
    }
}

extension StoreError {
    /// A write to an item or document the retention purge erased (`at`: the stored instant).
    static func purged(_ record: String, at: String) -> StoreError {
        .refused(
            "\(record) was purged on \(at) (retention period over): its content is erased and nothing new is "
                + "recorded on it")
    }
}
