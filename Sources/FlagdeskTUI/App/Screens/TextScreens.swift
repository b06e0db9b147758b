import FlagdeskEngine

/// The key help: scrolls.
struct HelpScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .help(var page) = controller.state.screen else { return }
        let count = HelpView(page: page, keymap: controller.keymap).lines().count
        page.scroll = controller.clampedScroll(page.scroll + delta, lineCount: count)
        controller.state.screen = .help(page)
    }
}

/// The Art. 22(3) report: scrolls.
struct ReportScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .report(var page) = controller.state.screen else { return }
        let count = ReportView(page: page).lines(width: controller.screenSize.columns).count
        page.scroll = controller.clampedScroll(page.scroll + delta, lineCount: count)
        controller.state.screen = .report(page)
    }
}
