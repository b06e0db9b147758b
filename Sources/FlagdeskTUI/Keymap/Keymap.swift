import Foundation

/// Where a key is pressed: each screen has its own bindings on top of the global ones
/// (neomutt menus, aerc sections, tig views).
public enum KeyContext: String, CaseIterable, Sendable, Hashable {
    case global, queue, item, help, report, triage, compose, deadlines, cases
    case add
    case caseView = "case"
    case people, replies, reply
    /// The key after `;` on the queue: a command for every marked item (mutt's tag prefix).
    case marked

    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .queue: return "Queue"
        case .item: return "Item"
        case .help: return "Help"
        case .report: return "Report"
        case .triage: return "Triage form"
        case .add: return "Add an item"
        case .compose: return "Compose"
        case .deadlines: return "Deadlines"
        case .cases: return "Cases"
        case .caseView: return "Case"
        case .people: return "People"
        case .replies: return "Replies"
        case .reply: return "Reply"
        case .marked: return "Marked items (after ;)"
        }
    }
}

/// One binding: keys of a context and the command they run.
public struct KeyBinding: Sendable, Hashable {
    public let context: KeyContext
    public let keys: [Key]
    public let command: DeskCommand
}

/// The key table. It drives dispatch, the `?` help and the `:` command line, so the three can
/// never disagree. Keys follow mutt/aerc/tig habits (DESIGN.md §8).
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]

    public static let standard = Keymap(bindings: [
        KeyBinding(context: .global, keys: [.rune("?")], command: .help),
        KeyBinding(context: .global, keys: [.rune(":")], command: .commandLine),
        KeyBinding(context: .global, keys: [.rune("q")], command: .quit),
        KeyBinding(context: .global, keys: [.escape, .rune("<")], command: .back),
        KeyBinding(context: .global, keys: [.control("l")], command: .redraw),
        KeyBinding(context: .global, keys: [.rune("R")], command: .report),
        KeyBinding(context: .global, keys: [.rune("j"), .down], command: .down),
        KeyBinding(context: .global, keys: [.rune("k"), .up], command: .up),
        KeyBinding(context: .global, keys: [.rune("g"), .home], command: .top),
        KeyBinding(context: .global, keys: [.rune("G"), .end], command: .bottom),
        KeyBinding(context: .global, keys: [.control("f"), .pageDown, .control("d")], command: .pageDown),
        KeyBinding(context: .global, keys: [.control("b"), .pageUp, .control("u")], command: .pageUp),
        KeyBinding(context: .queue, keys: [.enter, .rune("l"), .right], command: .open),
        KeyBinding(context: .queue, keys: [.tab, .rune("]")], command: .nextTab),
        KeyBinding(context: .queue, keys: [.backTab, .rune("[")], command: .previousTab),
        KeyBinding(context: .queue, keys: [.rune("1")], command: .tabInbox),
        KeyBinding(context: .queue, keys: [.rune("2")], command: .tabTriage),
        KeyBinding(context: .queue, keys: [.rune("3")], command: .tabInAction),
        KeyBinding(context: .queue, keys: [.rune("4")], command: .tabDue),
        KeyBinding(context: .queue, keys: [.rune("5")], command: .tabOnHold),
        KeyBinding(context: .queue, keys: [.rune("6")], command: .tabClosed),
        KeyBinding(context: .queue, keys: [.rune("/")], command: .search),
        KeyBinding(context: .queue, keys: [.rune("n")], command: .searchNext),
        KeyBinding(context: .queue, keys: [.rune("N")], command: .searchPrevious),
        KeyBinding(context: .queue, keys: [.rune("\\")], command: .filter),
        KeyBinding(context: .queue, keys: [.rune("|")], command: .clearFilter),
        KeyBinding(context: .queue, keys: [.rune(" ")], command: .mark),
        KeyBinding(context: .queue, keys: [.rune("v")], command: .markRange),
        KeyBinding(context: .queue, keys: [.rune("U")], command: .unmarkAll),
        KeyBinding(context: .queue, keys: [.rune(";")], command: .tagPrefix),
        KeyBinding(context: .marked, keys: [.rune("H")], command: .holdMarked),
        KeyBinding(context: .marked, keys: [.rune("r")], command: .remindMarked),
        KeyBinding(context: .marked, keys: [.rune("x")], command: .exportMarked),
        KeyBinding(context: .queue, keys: [.rune("p")], command: .togglePreview),
        KeyBinding(context: .global, keys: [.rune("D")], command: .deadlines),
        KeyBinding(context: .queue, keys: [.rune("t")], command: .triage),
        KeyBinding(context: .queue, keys: [.rune("c")], command: .compose),
        KeyBinding(context: .queue, keys: [.rune("H")], command: .hold),
        KeyBinding(context: .queue, keys: [.rune("X")], command: .closeNoAction),
        KeyBinding(context: .item, keys: [.rune("h"), .left], command: .back),
        KeyBinding(context: .item, keys: [.rune("t")], command: .triage),
        KeyBinding(context: .item, keys: [.rune("c")], command: .compose),
        KeyBinding(context: .item, keys: [.rune("H")], command: .hold),
        KeyBinding(context: .item, keys: [.rune("X")], command: .closeNoAction),
        KeyBinding(context: .triage, keys: [.enter, .rune(" ")], command: .edit),
        KeyBinding(context: .triage, keys: [.rune("e")], command: .editExternally),
        KeyBinding(context: .triage, keys: [.rune("s")], command: .save),
        KeyBinding(context: .queue, keys: [.rune("a")], command: .addItem),
        KeyBinding(context: .add, keys: [.enter, .rune(" ")], command: .edit),
        KeyBinding(context: .add, keys: [.rune("s")], command: .save),
        KeyBinding(context: .compose, keys: [.rune("e")], command: .edit),
        KeyBinding(context: .compose, keys: [.rune("a")], command: .approve),
        KeyBinding(context: .compose, keys: [.rune("s")], command: .send),
        KeyBinding(context: .compose, keys: [.rune("x")], command: .export),
        KeyBinding(context: .deadlines, keys: [.enter], command: .open),
        KeyBinding(context: .deadlines, keys: [.rune("d")], command: .draftNext),
        KeyBinding(context: .global, keys: [.rune("C")], command: .cases),
        KeyBinding(context: .global, keys: [.rune("P")], command: .people),
        KeyBinding(context: .cases, keys: [.enter, .rune("l"), .right], command: .open),
        KeyBinding(context: .caseView, keys: [.enter, .rune("l"), .right], command: .open),
        KeyBinding(context: .caseView, keys: [.rune("n")], command: .draftCaseNotices),
        KeyBinding(context: .caseView, keys: [.rune("h"), .left], command: .back),
        KeyBinding(context: .item, keys: [.enter, .rune("l"), .right], command: .open),
        KeyBinding(context: .compose, keys: [.rune("r")], command: .record),
        KeyBinding(context: .compose, keys: [.rune("W")], command: .withdraw),
        KeyBinding(context: .compose, keys: [.rune("Z")], command: .closeDocument),
        KeyBinding(context: .compose, keys: [.rune("i")], command: .documentItems),
        KeyBinding(context: .global, keys: [.rune("A")], command: .approvals),
        KeyBinding(context: .global, keys: [.rune("M")], command: .replies),
        KeyBinding(context: .replies, keys: [.enter, .rune("l"), .right], command: .open),
        KeyBinding(context: .replies, keys: [.tab, .rune("]")], command: .nextTab),
        KeyBinding(context: .replies, keys: [.backTab, .rune("[")], command: .previousTab),
        KeyBinding(context: .replies, keys: [.rune("c")], command: .replyConfirm),
        KeyBinding(context: .replies, keys: [.rune("a")], command: .replyAttach),
        KeyBinding(context: .replies, keys: [.rune("d")], command: .replyDismiss),
        KeyBinding(context: .reply, keys: [.rune("h"), .left], command: .back),
        KeyBinding(context: .reply, keys: [.rune("c")], command: .replyConfirm),
        KeyBinding(context: .reply, keys: [.rune("a")], command: .replyAttach),
        KeyBinding(context: .reply, keys: [.rune("d")], command: .replyDismiss),
    ])

    /// The command a key runs in a context: the context's own binding first, then the global one.
    public func command(for key: Key, in context: KeyContext) -> DeskCommand? {
        for scope in [context, .global] {
            if let binding = bindings.first(where: { $0.context == scope && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The commands a context can run, in table order, with every key that reaches them there.
    public func commands(in context: KeyContext) -> [(command: DeskCommand, keys: [Key])] {
        var result: [(command: DeskCommand, keys: [Key])] = []
        for binding in bindings where binding.context == context {
            if let index = result.firstIndex(where: { $0.command == binding.command }) {
                result[index].keys += binding.keys
            } else {
                result.append((binding.command, binding.keys))
            }
        }
        return result
    }

    /// Ex-style short names typed at the `:` prompt.
    static let aliases: [String: DeskCommand] = ["q": .quit, "h": .help, "tab": .nextTab]

    /// A command typed at the `:` prompt: its name, or a few ex-style aliases (`:q`, `:h`).
    public static func parseCommandLine(_ line: String) -> (command: DeskCommand, argument: String?)? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = trimmed.prefix { !$0.isWhitespace }
        let rest = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let argument = rest.isEmpty ? nil : rest
        if let command = DeskCommand(rawValue: String(name)) ?? aliases[String(name)] {
            return (command, argument)
        }
        return nil
    }
}
