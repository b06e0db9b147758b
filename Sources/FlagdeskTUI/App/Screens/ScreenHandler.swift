import FlagdeskEngine

/// What one screen answers for the controller: how far a page key moves, what j/k, g/G and
/// Enter do there, and what it reloads when the store changed. `DeskController` only
/// dispatches (issue #17: one handler per screen instead of a switch in every command).
@MainActor
protocol ScreenHandler: Sendable {
    /// Lines a page key (C-f, C-b) moves.
    func pageSize(_ controller: DeskController) -> Int
    /// j/k and the page keys: the selection or the scroll, clamped.
    func move(by delta: Int, _ controller: DeskController)
    /// g/G.
    func moveToEnd(top: Bool, _ controller: DeskController)
    /// Enter (or `:open ARGUMENT`).
    func open(_ argument: String?, _ controller: DeskController)
    /// The screen read again after the store changed (here or in another process).
    func reload(_ controller: DeskController) throws(EngineError)
}

extension ScreenHandler {
    /// A full screen less the title, status and message lines.
    func pageSize(_ controller: DeskController) -> Int { controller.screenSize.rows - 3 }

    func moveToEnd(top: Bool, _ controller: DeskController) {
        move(by: top ? -1_000_000 : 1_000_000, controller)
    }

    /// Enter opens an item: the one named, else the queue's selection.
    func open(_ argument: String?, _ controller: DeskController) { controller.openItem(argument) }

    func reload(_ controller: DeskController) throws(EngineError) {}
}

/// The one table from a screen to the handler that answers for it.
enum ScreenHandlers {
    static let table: [KeyContext: any ScreenHandler] = [
        .queue: QueueScreen(),
        .item: ItemScreen(),
        .help: HelpScreen(),
        .report: ReportScreen(),
        .triage: TriageScreen(),
        .compose: ComposeScreen(),
        .deadlines: DeadlinesScreen(),
        .cases: CasesScreen(),
        .caseView: CaseScreen(),
        .people: PeopleScreen(),
        .replies: RepliesScreen(),
        .reply: ReplyScreen(),
    ]

    /// Every screen has a handler (`ScreenHandlerTableTests`); the queue's stands in for none.
    static func handler(for context: KeyContext) -> any ScreenHandler {
        table[context] ?? QueueScreen()
    }
}

extension DeskController {
    var screenHandler: any ScreenHandler { ScreenHandlers.handler(for: state.context) }

    /// Scroll clamped so the last line can reach the bottom of the screen.
    func clampedScroll(_ scroll: Int, lineCount: Int) -> Int {
        max(0, min(scroll, max(0, lineCount - (screenSize.rows - 2))))
    }
}
