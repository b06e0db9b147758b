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
    /// Why the desk stopped because its store went away (folder removed or moved, database
    /// replaced): said on exit, which is non-zero.
    public var lostStore: String?
    /// `;` was pressed: the next key is a command for the marked items.
    public var awaitsMarkedCommand = false
    /// A list being chosen from, over the screen.
    public var picker: Picker?
    /// Long text to hand to $EDITOR: the loop suspends curses, runs it and gives the text back.
    public var pendingEditor: EditorRequest?
    /// The `:` lines of this session, for Up and Down (memory only: `CommandHistory`).
    public var commandHistory = CommandHistory()

    public init() {}

    /// The keymap context of the current screen.
    public var context: KeyContext {
        switch screen {
        case .queue: return .queue
        case .item: return .item
        case .help: return .help
        case .report: return .report
        case .triage: return .triage
        case .add: return .add
        case .compose: return .compose
        case .deadlines: return .deadlines
        case .cases: return .cases
        case .caseView: return .caseView
        case .people: return .people
        case .replies: return .replies
        case .reply: return .reply
        }
    }
}

/// The screens of the desk.
public enum Screen: Sendable {
    case queue
    case item(ItemPage)
    case help(HelpPage)
    case report(ReportPage)
    case triage(TriageForm)
    case add(AddForm)
    case compose(ComposePage)
    case deadlines(DeadlinesPage)
    case cases(CasesPage)
    case caseView(CasePage)
    case people(PeoplePage)
    case replies(RepliesPage)
    case reply(ReplyPage)
}

/// A document being composed or reviewed.
public struct ComposePage: Sendable {
    public var view: DocumentView
    public var scroll = 0
    /// The replies imported for it (`M` opens the Replies view; `:reply M-...` one of them).
    public var replies: [StoredMail] = []
}

/// The open deadlines, most urgent first.
public struct DeadlinesPage: Sendable {
    public var rows: [DeadlineRow]
    public var selected = 0
    /// Mandates whose last day is within 30 days (shown below the document deadlines).
    public var mandates: [MandateExpiry] = []
}

/// Text for $EDITOR (or the inline editor when none is set).
public struct EditorRequest: Sendable {
    public var field: TriageForm.Field
    public var text: String
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
        /// A text field of the triage form (or an indicator's reason).
        case formText(TriageForm.Field)
        /// A text field of the new-item form.
        case addText(AddForm.Field)
        /// `key=value` for the document being composed.
        case documentField
        /// Why an item is closed without action (lawful adult sex work, not illegal...).
        case noActionReason(String)
        /// A yes/no question before a destructive command (aerc's `d`).
        case confirm(ConfirmedAction)
        /// What a command needs typed (a reason, a day): Enter runs it with the text.
        case argument(DeskCommand, label: String)
        /// The document an imported message answers (its reference).
        case attachReply(String)
        /// When a document was sent by hand (`s`, then "by you"): Enter with nothing is now;
        /// `problem`: why the time typed before was refused (it stays typed).
        case sendingTime(String, zone: String, problem: String?)
    }

    public var purpose: Purpose
    public var editor = LineEditor()

    public var label: String {
        switch purpose {
        case .search: return "/"
        case .filter: return "filter: "
        case .command: return ":"
        case .formText(let field): return field.label + ": "
        case .addText(let field): return field.label + ": "
        case .documentField: return "set (key=value): "
        case .noActionReason(let reference): return "Why is \(reference) not illegal? "
        case .confirm(let action): return action.question + " [y/N] "
        case .argument(_, let label): return label
        case .attachReply(let reference): return "Attach \(reference) to document: "
        case .sendingTime(let reference, let zone, let problem):
            return (problem.map { $0 + "; " } ?? "") + "When was \(reference) sent? (YYYY-MM-DD HH:MM \(zone), or now) "
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
