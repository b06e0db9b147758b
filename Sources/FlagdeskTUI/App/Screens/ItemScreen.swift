import FlagdeskEngine

/// One item: scrolls its detail; Enter opens its documents (`:open REF` another item).
struct ItemScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .item(var page) = controller.state.screen else { return }
        let count = ItemView(page: page, context: controller.viewContext).lines(width: controller.screenSize.columns)
            .count
        page.scroll = controller.clampedScroll(page.scroll + delta, lineCount: count)
        controller.state.screen = .item(page)
    }

    func open(_ argument: String?, _ controller: DeskController) {
        if argument == nil { controller.openItemDocuments() } else { controller.openItem(argument) }
    }

    func reload(_ controller: DeskController) throws(EngineError) {
        guard case .item(var page) = controller.state.screen else { return }
        page.detail = try controller.desk.detail(reference: page.detail.item.reference)
        controller.state.screen = .item(page)
    }
}
