import FlagdeskCore
import FlagdeskStore

/// Why a use case did not happen. The fronts map these to exit codes (DESIGN.md §7: 1 for a
/// refused action, 64+ per sysexits for usage and data errors) and show the message.
public enum EngineError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The action is not allowed now (a rule, a role, a duplicate, a stale edit): exit 1.
    case refused(String)
    /// The input is malformed (bad URL, unknown category): exit 65 (EX_DATAERR).
    case badInput(String)
    /// A named input file cannot be read: exit 66 (EX_NOINPUT).
    case noInput(String)
    /// The configuration is wrong: exit 78 (EX_CONFIG).
    case configuration(String)
    /// The store cannot be opened or written: exit 74 (EX_IOERR).
    case store(String)
    /// Integrity check failed (tampered chain, changed evidence): exit 1 with the finding.
    case integrity(String)
    /// Another process kept the store's write lock longer than the configured wait (`[store]
    /// wait_seconds`); nothing was changed, trying again later works: exit 75 (EX_TEMPFAIL).
    case busy(String)

    public var description: String {
        switch self {
        case .refused(let m), .badInput(let m), .noInput(let m), .configuration(let m), .store(let m),
            .integrity(let m), .busy(let m):
            return m
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .refused, .integrity: return 1
        case .badInput: return 65
        case .noInput: return 66
        case .store: return 74
        case .busy: return 75
        case .configuration: return 78
        }
    }

    init(_ error: StoreError) {
        switch error {
        case .staleWrite, .refused, .sealKeyMissing: self = .refused(error.description)
        case .notAStore: self = .integrity(error.description)
        case .notFound: self = .refused(error.description)
        case .evidenceUnreadable, .missingStore: self = .noInput(error.description)
        case .insecurePermissions, .database, .storeGone, .readOnly: self = .store(error.description)
        case .busy: self = .busy(error.description)
        }
    }

    /// The engine error for a rule's refusal or bad input thrown inside a transaction; nil for
    /// anything else (a store error keeps its own mapping).
    static func domain(_ error: any Error) -> EngineError? {
        switch error {
        case let error as EngineError: return error
        case let error as WorkflowRefusal: return .refused(error.message)
        case let error as FieldError: return .badInput(error.message)
        case let error as DeadlineError: return .badInput(error.description)
        default: return nil
        }
    }
}
