/// The actions that move an item between states (DESIGN.md §4).
public enum ItemAction: Sendable, Equatable {
    /// new -> triaged: the flagger has looked at it and recorded the reasons (indicator checklist).
    case triage
    /// triaged -> in-action: documents are in flight.
    case startAction
    /// triaged or in-action -> resolved: the content is gone, or the erasure is done.
    case resolve
    /// triaged or in-action -> no-action, with the reason in words: the content is not illegal
    /// ("lawful adult sex work, not illegal in the provider's country"). Nothing is decided by a
    /// classifier (DESIGN.md §4), so the person deciding says why.
    case noAction(reason: String)
    /// Any open state -> on-hold: law enforcement asked the organisation to wait (a takedown
    /// could alert a suspect or destroy evidence).
    case hold
    /// on-hold -> the state the item had before the hold.
    case release

    var participle: String {
        switch self {
        case .triage: return "triaged"
        case .startAction: return "put in action"
        case .resolve: return "resolved"
        case .noAction: return "closed without action"
        case .hold: return "put on hold"
        case .release: return "released from hold"
        }
    }
}

/// An item's workflow state: its status and, while on hold, the status to return to. The store
/// keeps `heldFrom` next to the status so that `release` goes back where the item was.
public struct ItemState: Sendable, Equatable, Codable {
    public var status: ItemStatus
    /// The status before `hold`; set exactly while `status` is `on-hold`.
    public var heldFrom: ItemStatus?

    public init(status: ItemStatus, heldFrom: ItemStatus? = nil) {
        self.status = status
        self.heldFrom = heldFrom
    }
}

/// The item state machine (DESIGN.md §4).
public enum ItemWorkflow {
    /// Applies `action` to an item in `state`, or refuses with a reason.
    public static func apply(_ action: ItemAction, to state: ItemState, reference: String) throws(WorkflowRefusal)
        -> ItemState
    {
        let status = state.status
        func refuse() -> WorkflowRefusal {
            WorkflowRefusal(
                subject: reference, cause: .illegalTransition,
                message: "\(reference) is \(status.label); \(article(status)) item cannot be \(action.participle)")
        }
        switch (action, status) {
        case (.triage, .new):
            return ItemState(status: .triaged)
        case (.startAction, .triaged):
            return ItemState(status: .inAction)
        case (.resolve, .triaged), (.resolve, .inAction):
            return ItemState(status: .resolved)
        case (.noAction(let reason), .triaged), (.noAction(let reason), .inAction):
            guard !isBlank(reason) else {
                throw WorkflowRefusal(
                    subject: reference, cause: .reasonRequired,
                    message: "\(reference): closing without action needs the reason the content is not illegal "
                        + "(e.g. \"lawful adult sex work, not illegal in the provider's country\")")
            }
            return ItemState(status: .noAction)
        case (.hold, let open) where open.isOpen && open != .onHold:
            return ItemState(status: .onHold, heldFrom: open)
        case (.release, .onHold):
            guard let previous = state.heldFrom, previous.isOpen, previous != .onHold else {
                throw WorkflowRefusal(
                    subject: reference, cause: .unknownPriorState,
                    message: "\(reference) is on hold, but the state it had before is not on record")
            }
            return ItemState(status: previous)
        default:
            throw refuse()
        }
    }

    /// Whether `action` applies to `status` at all (ignoring reasons): for menus.
    public static func isAvailable(_ action: ItemAction, for state: ItemState) -> Bool {
        let probe: ItemAction
        if case .noAction = action { probe = .noAction(reason: "probe") } else { probe = action }
        return (try? apply(probe, to: state, reference: "")) != nil
    }

    private static func article(_ status: ItemStatus) -> String {
        switch status {
        case .new: return "a new"
        case .triaged: return "a triaged"
        case .inAction: return "an in-action"
        case .resolved: return "a resolved"
        case .noAction: return "a no-action"
        case .onHold: return "an on-hold"
        }
    }
}
