import FlagdeskEngine

/// Everything the desk does from the keyboard. Each command has a name typed at the `:` prompt
/// and a line of help; the keymap binds keys to them (aerc: every binding is also a command).
public enum DeskCommand: String, CaseIterable, Sendable, Hashable {
    // Moving
    case down, up, top, bottom
    case pageDown = "page-down"
    case pageUp = "page-up"
    case open, back, quit
    // Queue tabs
    case nextTab = "next-tab"
    case previousTab = "prev-tab"
    case tabInbox = "inbox"
    case tabTriage = "triage-tab"
    case tabInAction = "in-action"
    case tabDue = "due"
    case tabOnHold = "on-hold"
    case tabClosed = "closed"
    // Finding
    case search
    case searchNext = "search-next"
    case searchPrevious = "search-prev"
    case filter
    case clearFilter = "clear-filter"
    // Marks
    case mark
    case markRange = "mark-range"
    case unmarkAll = "unmark-all"
    case tagPrefix = "tag-prefix"
    case holdMarked = "hold-marked"
    case exportMarked = "export-marked"
    // Screens and tools
    case help
    case commandLine = "command"
    case togglePreview = "preview"
    case redraw
    case report
    // Workflow
    case addItem = "add"
    case triage, compose, deadlines, hold, resolve, edit, save, approve, send, export, document
    case editExternally = "edit-external"
    case closeNoAction = "no-action"
    case draftNext = "draft-next"
    case remindMarked = "remind-marked"
    case record, withdraw, approvals
    case closeDocument = "close"
    case documentItems = "items"
    // Cases and people
    case cases, people
    case draftCaseNotices = "draft-case-notices"
    case caseNew = "case-new"
    case caseAdd = "case-add"
    // Replies by e-mail (issue #19)
    case replies, reply
    case replyConfirm = "reply-confirm"
    case replyAttach = "reply-attach"
    case replyDismiss = "reply-dismiss"

    public var summary: String {
        switch self {
        case .down: return "next line"
        case .up: return "previous line"
        case .top: return "first line"
        case .bottom: return "last line"
        case .pageDown: return "next page"
        case .pageUp: return "previous page"
        case .open: return "open the selected item (or document)"
        case .back: return "back to the previous screen (or cancel)"
        case .quit: return "leave this screen; on the queue, quit Flagdesk"
        case .nextTab: return "next tab (queue, replies)"
        case .previousTab: return "previous tab (queue, replies)"
        case .tabInbox: return "tab Inbox: every open item"
        case .tabTriage: return "tab Triage: new items to triage"
        case .tabInAction: return "tab In action: triaged items and documents in flight"
        case .tabDue: return "tab Due: deadlines past or within 7 days, nearest first"
        case .tabOnHold: return "tab On hold: items LEA asked to wait with"
        case .tabClosed: return "tab Closed: resolved and no-action items"
        case .search: return "search forward (full text, as you type)"
        case .searchNext: return "next match"
        case .searchPrevious: return "previous match"
        case .filter: return "show only items matching a full-text filter"
        case .clearFilter: return "show the whole tab again"
        case .mark: return "mark or unmark the selected item, then move down"
        case .markRange: return "start a range; press again to mark every item in it"
        case .unmarkAll: return "clear all marks"
        case .tagPrefix: return "apply the next key's command to every marked item (as mutt's ;)"
        case .holdMarked: return "put every marked item on LEA hold (asks once, reports item by item)"
        case .exportMarked:
            return "write every document of the marked items to REFERENCE.txt here; existing files kept (asks once)"
        case .help: return "this help"
        case .commandLine: return "type a command (every key's command, by name)"
        case .togglePreview: return "show or hide the preview pane"
        case .redraw: return "redraw the screen"
        case .addItem: return "add an item: URL, category, legal basis... (as flagdesk add; s adds it)"
        case .triage: return "triage the item: category, keywords, flags, indicator checklist"
        case .compose: return "draft a document for the item (the engine's proposals first)"
        case .deadlines: return "open deadlines: overdue, today, next 7 days, later"
        case .hold: return "put the item on LEA hold, or release it"
        case .resolve: return "mark the item resolved (content gone or erasure done)"
        case .closeNoAction: return "close the item as not illegal, with the reason (asks first)"
        case .edit: return "edit the field (triage, new item), or set a document field as key=value"
        case .editExternally: return "edit the long text in $EDITOR (a private temporary file)"
        case .save: return "record the triage, or add the new item"
        case .approve: return "approve the document (coordinators; four-eyes)"
        case .send: return "record how and when the document was sent (asks first): its text is frozen"
        case .export: return "write the document's text to REFERENCE.txt in the current folder"
        case .document: return "open a document by reference (`:document N-2026-00001`)"
        case .draftNext: return "draft the next escalation step of the selected deadline"
        case .record: return "record the platform's answer: acknowledgement, decision, extension (asks first)"
        case .withdraw: return "withdraw the document, with the reason (asks first)"
        case .closeDocument: return "close the document: nothing more to do (asks first)"
        case .approvals: return "documents waiting for my approval (coordinators; Enter opens one)"
        case .documentItems: return "the document's items (Enter on the item's documents comes back)"
        case .remindMarked: return "draft a reminder for every sent document of the marked items (asks first)"
        case .cases: return "cases by urgency: threat to life first, then overdue (Enter opens one)"
        case .people: return "people on file (coordinators): pseudonyms, mandates, wishes, items; never sealed values"
        case .caseNew: return "open a new case (`:case-new TITLE`)"
        case .caseAdd: return "add the marked items (or the selected one) to a case (`:case-add C-2026-00001`)"
        case .draftCaseNotices: return "draft one DSA notice per hosting provider for the case's open items"
        case .replies:
            return "replies by e-mail: tabs New, Matched, Unmatched (`:replies unmatched`); Enter opens one"
        case .reply: return "open an imported message by reference (`:reply M-2026-000001`)"
        case .replyConfirm:
            return "record the message's proposal on its document, dated with the message's Date (asks first)"
        case .replyAttach: return "attach the message to a document (asks for the document's reference)"
        case .replyDismiss: return "mark the message read with nothing to record (asks first)"
        case .report: return "DSA Art. 22(3) figures of this year as bar charts (`:report 2025` for another)"
        }
    }

    /// The tab a tab command selects.
    var tab: QueueTab? {
        switch self {
        case .tabInbox: return .inbox
        case .tabTriage: return .triage
        case .tabInAction: return .inAction
        case .tabDue: return .due
        case .tabOnHold: return .onHold
        case .tabClosed: return .closed
        default: return nil
        }
    }
}
