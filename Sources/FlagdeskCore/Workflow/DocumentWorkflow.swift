/// The actions that move a document between states (DESIGN.md §4). Status is never edited by
/// hand: it changes only through these actions, each one an audit event.
public enum DocumentAction: Sendable, Equatable {
    /// draft -> ready, once every required element is present.
    case complete
    /// ready or approved -> draft when an element is edited: an approval covers the text that
    /// was approved, so it lapses with any change.
    case reopen
    /// ready -> approved (four-eyes: a coordinator; the engine checks who).
    case approve
    /// approved -> sent; the required elements are checked again at the sending instant (a
    /// mandate may have expired since approval).
    case send
    /// sent -> acknowledged (DSA Art. 16(4) confirmation of receipt).
    case acknowledge
    /// sent or acknowledged -> decided, with what the recipient did (DSA Art. 16(5)).
    case decide(DocumentOutcome)
    /// decided -> closed; or sent/acknowledged -> closed with a reason (content gone before the
    /// recipient answered, say).
    case close(reason: String?)
    /// Any open state -> withdrawn.
    case withdraw

    /// The past participle, for messages: "cannot be approved".
    var participle: String {
        switch self {
        case .complete: return "completed"
        case .reopen: return "reopened"
        case .approve: return "approved"
        case .send: return "sent"
        case .acknowledge: return "acknowledged"
        case .decide: return "decided"
        case .close: return "closed"
        case .withdraw: return "withdrawn"
        }
    }
}

/// One accepted move, for the audit event and the record update.
public struct DocumentTransition: Sendable, Equatable {
    public let from: DocumentStatus
    public let to: DocumentStatus
    public let action: DocumentAction
    /// Set by `decide`.
    public var outcome: DocumentOutcome? {
        if case .decide(let outcome) = action { return outcome }
        return nil
    }
}

/// The document state machine (DESIGN.md §4).
public enum DocumentWorkflow {
    /// Applies `action` to a document in `status`. `missing` are the document's missing elements
    /// as the validator reports them now: `complete` and `send` refuse while any is missing
    /// ("a notice is complete or it is not sent", DSA Art. 16(2)); other actions ignore them.
    public static func apply(
        _ action: DocumentAction, to status: DocumentStatus, reference: String, missing: [MissingElement]
    ) throws(WorkflowRefusal) -> DocumentTransition {
        guard let target = target(of: action, from: status) else {
            throw WorkflowRefusal(
                subject: reference, cause: .illegalTransition,
                message: "\(reference) is \(status.phrase); \(status.documentPhrase) cannot be \(action.participle)")
        }
        switch action {
        case .complete, .send:
            if !missing.isEmpty {
                let verb = action == .send ? "cannot be sent" : "is not complete"
                throw WorkflowRefusal(
                    subject: reference, cause: .incomplete(missing),
                    message: "\(reference) \(verb): missing "
                        + missing.map(\.description).joined(separator: "; "))
            }
        case .close(let reason) where status != .decided:
            if reason.map(isBlank) ?? true {
                throw WorkflowRefusal(
                    subject: reference, cause: .reasonRequired,
                    message: "\(reference) is \(status.phrase) and not decided; closing it needs a reason "
                        + "(e.g. the content was gone before the recipient answered)")
            }
        default:
            break
        }
        return DocumentTransition(from: status, to: target, action: action)
    }

    /// The state an action leads to from `status`, or nil when the action does not apply there.
    /// Conditions on elements and reasons are checked by `apply`.
    public static func target(of action: DocumentAction, from status: DocumentStatus) -> DocumentStatus? {
        switch (action, status) {
        case (.complete, .draft): return .ready
        case (.reopen, .ready), (.reopen, .approved): return .draft
        case (.approve, .ready): return .approved
        case (.send, .approved): return .sent
        case (.acknowledge, .sent): return .acknowledged
        case (.decide, .sent), (.decide, .acknowledged): return .decided
        case (.close, .decided), (.close, .sent), (.close, .acknowledged): return .closed
        case (.withdraw, let open) where open.isOpen: return .withdrawn
        default: return nil
        }
    }
}

/// Whether text is empty or only white space: a reason must say something.
func isBlank(_ text: String) -> Bool {
    text.allSatisfy(\.isWhitespace)
}
