import FlagdeskCore
import Testing

@testable import FlagdeskTUI

/// The `:` prompt's Tab completion and Up/Down history (issue #17).
struct CommandCompletionTests {
    @Test func aUniqueNameIsCompletedWithASpace() {
        #expect(CommandCompletion.complete("dea") == .init(text: "deadlines ", candidates: []))
        #expect(CommandCompletion.complete("remind") == .init(text: "remind-marked ", candidates: []))
    }

    @Test func severalNamesCompleteAsFarAsTheyAgreeAndAreListed() {
        let result = CommandCompletion.complete("reply-")
        #expect(result.text == "reply-")
        #expect(result.candidates == ["reply-confirm", "reply-attach", "reply-dismiss"])
        #expect(CommandCompletion.complete("case-").candidates == ["case-new", "case-add"])
        #expect(CommandCompletion.complete("d").candidates.contains("due"))
    }

    @Test func argumentsFromAFixedListComplete() {
        #expect(CommandCompletion.complete("next-tab in").candidates == ["inbox", "in-action"])
        #expect(CommandCompletion.complete("next-tab in-").text == "next-tab in-action ")
        #expect(CommandCompletion.complete("tab on").text == "tab on-hold ")
        #expect(CommandCompletion.complete("replies un").text == "replies unmatched ")
        #expect(CommandCompletion.complete("draft-next dsa").text.hasPrefix("draft-next dsa"))
        // A free argument (a reference, a title) is left alone.
        #expect(CommandCompletion.complete("document N-20") == .init(text: "document N-20", candidates: []))
        #expect(CommandCompletion.complete("frob") == .init(text: "frob", candidates: []))
    }
}

struct CommandHistoryTests {
    @Test func upAndDownWalkTheSessionsLinesAndGiveBackTheDraft() {
        var history = CommandHistory()
        for line in ["due", "filter passport", "filter passport", "  ", "closed"] { history.record(line) }
        #expect(history.entries == ["due", "filter passport", "closed"])
        #expect(history.previous(current: "rep") == "closed")
        #expect(history.previous(current: "ignored") == "filter passport")
        #expect(history.previous(current: "ignored") == "due")
        #expect(history.previous(current: "ignored") == nil)
        #expect(history.next() == "filter passport")
        #expect(history.next() == "closed")
        #expect(history.next() == "rep")
        #expect(history.next() == nil)
    }

    @Test func itIsBounded() {
        var history = CommandHistory()
        for index in 0..<150 { history.record("document N-\(index)") }
        #expect(history.entries.count == CommandHistory.limit)
        #expect(history.entries.first == "document N-50")
    }
}

/// The `:` prompt in the desk: Tab completes, the candidates show, Up brings back a line.
@MainActor
struct CommandLinePromptTests {
    func type(_ text: String, _ controller: DeskController) {
        for scalar in text.unicodeScalars { controller.handle(.rune(scalar)) }
    }

    @Test func tabCompletesAndUpRecallsTheLastLine() throws {
        let controller = try DeskController(desk: makeDesk(demo: false, hostile: false))
        controller.handle(.rune(":"))
        type("reply-", controller)
        controller.handle(.tab)
        #expect(controller.state.message?.text == "reply-confirm  reply-attach  reply-dismiss")
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 80))
        render(controller, on: screen)
        expectSnapshot(screen, named: "command-completion-80x24")
        controller.handle(.control("u"))
        type("dead", controller)
        controller.handle(.tab)
        #expect(controller.state.prompt?.editor.text == "deadlines ")
        controller.handle(.enter)
        #expect(controller.state.context == .deadlines)
        controller.handle(.rune("q"))
        controller.handle(.rune(":"))
        type("cl", controller)
        controller.handle(.up)
        #expect(controller.state.prompt?.editor.text == "deadlines")
        controller.handle(.down)
        #expect(controller.state.prompt?.editor.text == "cl")
        controller.handle(.escape)
        #expect(controller.state.commandHistory.entries == ["deadlines"])
    }
}
