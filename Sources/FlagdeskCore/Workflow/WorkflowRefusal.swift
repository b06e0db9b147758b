/// A transition the workflow refuses, with a reason a person can act on. The CLI prints
/// `message` on stderr and exits 1 (DESIGN.md §7).
public struct WorkflowRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Cause: Sendable, Equatable {
        /// The action does not apply to the current state.
        case illegalTransition
        /// Required elements are missing (listed).
        case incomplete([MissingElement])
        /// The action needs a reason in words (closing without a decision, no action on an item).
        case reasonRequired
        /// Law enforcement asked the organisation to wait (item on LEA hold).
        case leaHold
        /// Evidence first: a takedown waits for the preservation request and the LEA referral.
        case evidenceFirst
        /// The notice may treat lawful sex work as trafficking: a person confirms it does not.
        case confirmationRequired
        /// The person's support worker asked to wait (support hold).
        case supportHold
        /// A wish of the person the document concerns forbids it (`WishKind`, named in the message).
        case personsWish(WishKind)
        /// The state to return to is not on record.
        case unknownPriorState
        /// A value outside what the rule accepts (an indicator not in the checklist).
        case invalidValue
    }

    /// The document or item reference the refusal is about (`N-2026-00042`).
    public let subject: String
    public let cause: Cause
    /// The full sentence: "N-2026-00042 is sent; a sent document cannot be approved".
    public let message: String

    public init(subject: String, cause: Cause, message: String) {
        self.subject = subject
        self.cause = cause
        self.message = message
    }

    public var description: String { message }

    /// The missing elements, when the refusal is about them.
    public var missingElements: [MissingElement] {
        if case .incomplete(let missing) = cause { return missing }
        return []
    }
}
