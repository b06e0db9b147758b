import FlagdeskEngine

/// The Replies view: a selection in a tab; Enter opens the message.
struct RepliesScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .replies(var page) = controller.state.screen else { return }
        page.selected = max(0, min(page.selected + delta, page.mails.count - 1))
        controller.state.screen = .replies(page)
    }

    func open(_ argument: String?, _ controller: DeskController) {
        guard case .replies(let page) = controller.state.screen else { return }
        guard let reference = argument ?? page.selectedMail?.reference else {
            controller.state.message = .error("no message in this tab")
            return
        }
        controller.openReply(reference)
    }

    func reload(_ controller: DeskController) throws(EngineError) {
        guard case .replies(let page) = controller.state.screen else { return }
        controller.state.screen = .replies(try controller.repliesPage(page.tab, selected: page.selected))
    }
}

/// One message with its proposal: scrolls.
struct ReplyScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .reply(var page) = controller.state.screen else { return }
        let count = ReplyView(page: page, context: controller.viewContext).lines(width: controller.screenSize.columns)
            .count
        page.scroll = controller.clampedScroll(page.scroll + delta, lineCount: count)
        controller.state.screen = .reply(page)
    }

    func reload(_ controller: DeskController) throws(EngineError) {
        guard case .reply(var page) = controller.state.screen else { return }
        page.detail = try controller.desk.mailDetail(page.detail.mail.reference)
        controller.state.screen = .reply(page)
    }
}
