import FlagdeskEngine

/// Everything the screen shows, as plain values: views draw it, the controller changes it.
public struct DeskState: Sendable {
    public var screen: Screen = .queue
    /// Screens to go back to (`q`, `Esc`, `<`).
    public var backStack: [Screen] = []
    public var queue = QueueState()
    /// The line being typed at the bottom, if any.
    public var prompt: Prompt?
    /// A one-line message at the bottom until the next key.
    public var message: Message?
    public var showsPreview = true
    public var isFinished = false

    public init() {}

    /// The keymap context of the current screen.
    public var context: KeyContext {
        switch screen {
        case .queue: return .queue
        case .item: return .item
        case .help: return .help
        case .report: return .report
        }
    }
}

/// The screens of the desk.
public enum Screen: Sendable {
    case queue
    case item(ItemPage)
    case help(HelpPage)
    case report(ReportPage)
}

/// The Art. 22(3) figures of one year.
public struct ReportPage: Sendable {
    public var figures: ReportFigures
    public var scroll = 0
}

/// An item opened from the queue: its detail as read when opened (reloaded on changes).
public struct ItemPage: Sendable {
    public var detail: ItemDetail
    public var scroll = 0
}

/// The key help of the screen it was opened from.
public struct HelpPage: Sendable {
    public var context: KeyContext
    public var scroll = 0
}

/// A line typed at the bottom of the screen.
public struct Prompt: Sendable {
    public enum Purpose: Sendable {
        /// Incremental search: `origin` is where the search started (nil: the top).
        case search(origin: QueueCursor?)
        case filter
        case command
        /// A yes/no question before a destructive command (aerc's `d`).
        case confirm(ConfirmedAction)
    }

    public var purpose: Purpose
    public var editor = LineEditor()

    public var label: String {
        switch purpose {
        case .search: return "/"
        case .filter: return "filter: "
        case .command: return ":"
        case .confirm(let action): return action.question + " [y/N] "
        }
    }
}

/// What a confirmed question does.
public struct ConfirmedAction: Sendable {
    public var question: String
    public var command: DeskCommand
    public var argument: String?
}

/// Feedback on the bottom line.
public struct Message: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case info, error }
    public var kind: Kind
    public var text: String

    public static func info(_ text: String) -> Message { Message(kind: .info, text: text) }
    public static func error(_ text: String) -> Message { Message(kind: .error, text: text) }
}
