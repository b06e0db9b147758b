import FlagdeskEngine

private func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(value, count - 1)) }

/// The Cases tab: a selection; Enter opens the case.
struct CasesScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .cases(var page) = controller.state.screen else { return }
        page.selected = clamp(page.selected + delta, page.list.cases.count)
        controller.state.screen = .cases(page)
    }

    func open(_ argument: String?, _ controller: DeskController) {
        guard case .cases(let page) = controller.state.screen else { return }
        guard let reference = argument ?? page.selectedCase?.reference else {
            controller.state.message = .error("no case selected")
            return
        }
        controller.openCase(reference)
    }

    func reload(_ controller: DeskController) throws(EngineError) {
        guard case .cases(var page) = controller.state.screen else { return }
        page.list = try controller.desk.cases(limit: DeskController.casesWindow)
        page.selected = clamp(page.selected, page.list.cases.count)
        controller.state.screen = .cases(page)
    }
}

/// One case: its items; Enter opens the selected item.
struct CaseScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .caseView(var page) = controller.state.screen else { return }
        page.selected = clamp(page.selected + delta, page.detail.items.count)
        controller.state.screen = .caseView(page)
    }

    func open(_ argument: String?, _ controller: DeskController) {
        guard case .caseView(let page) = controller.state.screen else { return }
        guard let item = page.selectedItem else {
            controller.state.message = .error("the case has no items; `flagdesk case add` adds some")
            return
        }
        controller.attempt {
            controller.push(.item(ItemPage(detail: try controller.desk.detail(reference: item.reference))))
        }
    }

    func reload(_ controller: DeskController) throws(EngineError) {
        guard case .caseView(var page) = controller.state.screen else { return }
        page.detail = try controller.desk.caseDetail(reference: page.detail.record.reference)
        page.selected = clamp(page.selected, page.detail.items.count)
        controller.state.screen = .caseView(page)
    }
}

/// The People view: a selection.
struct PeopleScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .people(var page) = controller.state.screen else { return }
        page.selected = clamp(page.selected + delta, page.rows.count)
        controller.state.screen = .people(page)
    }
}
