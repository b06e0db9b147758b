import FlagdeskEngine

/// The open deadlines: a selection; Enter opens the selected deadline's document.
struct DeadlinesScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .deadlines(var page) = controller.state.screen else { return }
        page.selected = max(0, min(page.selected + delta, page.rows.count - 1))
        controller.state.screen = .deadlines(page)
    }

    func open(_ argument: String?, _ controller: DeskController) {
        guard let row = controller.selectedDeadline else { return }
        controller.openDocument(row.documentReference)
    }
}
