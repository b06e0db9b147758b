import FlagdeskEngine

/// A document being composed or reviewed: scrolls; its replies are read again on changes.
struct ComposeScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .compose(var page) = controller.state.screen else { return }
        let count = ComposeView(page: page, context: controller.viewContext).lines(
            width: controller.screenSize.columns
        ).count
        page.scroll = controller.clampedScroll(page.scroll + delta, lineCount: count)
        controller.state.screen = .compose(page)
    }

    func reload(_ controller: DeskController) throws(EngineError) {
        guard case .compose(var page) = controller.state.screen else { return }
        page.replies = try controller.desk.mail(forDocument: page.view.record.reference)
        controller.state.screen = .compose(page)
    }
}
