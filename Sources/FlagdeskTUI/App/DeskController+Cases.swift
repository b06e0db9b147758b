import FlagdeskCore
import FlagdeskEngine

/// The Cases tab, the case view and the People view: each one an Engine call; a refusal shows
/// on the bottom line and loses nothing.
extension DeskController {
    func runCases(_ command: DeskCommand, argument: String?) {
        switch command {
        case .cases: showCases()
        case .people: showPeople()
        case .draftCaseNotices: draftCaseNotices()
        case .caseNew: newCase(title: argument)
        case .caseAdd: addToCase(argument)
        default: break
        }
    }

    /// Enter on the Cases tab opens the case; in a case it opens the selected item. Returns
    /// whether the current screen was one of these.
    func openInCaseScreens(_ argument: String?) -> Bool {
        switch state.screen {
        case .cases(let page):
            guard let reference = argument ?? page.selectedCase?.reference else {
                state.message = .error("no case selected")
                return true
            }
            openCase(reference)
            return true
        case .caseView(let page):
            guard let item = page.selectedItem else {
                state.message = .error("the case has no items; `flagdesk case add` adds some")
                return true
            }
            attempt { push(.item(ItemPage(detail: try desk.detail(reference: item.reference)))) }
            return true
        default:
            return false
        }
    }

    func moveCaseSelection(by delta: Int) {
        func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(value, count - 1)) }
        switch state.screen {
        case .cases(var page):
            page.selected = clamp(page.selected + delta, page.list.cases.count)
            state.screen = .cases(page)
        case .caseView(var page):
            page.selected = clamp(page.selected + delta, page.detail.items.count)
            state.screen = .caseView(page)
        case .people(var page):
            page.selected = clamp(page.selected + delta, page.rows.count)
            state.screen = .people(page)
        default: break
        }
    }

    /// Reloads a case screen after a change (here or in another process).
    func reloadCaseScreens() throws(EngineError) {
        switch state.screen {
        case .cases(var page):
            page.list = try desk.cases(limit: Self.casesWindow)
            page.selected = max(0, min(page.selected, page.list.cases.count - 1))
            state.screen = .cases(page)
        case .caseView(var page):
            page.detail = try desk.caseDetail(reference: page.detail.record.reference)
            page.selected = max(0, min(page.selected, page.detail.items.count - 1))
            state.screen = .caseView(page)
        default: break
        }
    }

    /// How many cases the tab reads at once (the most urgent; `flagdesk case list` for more).
    static let casesWindow = 500

    private func showCases() {
        attempt {
            let page = CasesPage(list: try desk.cases(limit: Self.casesWindow))
            if case .cases = state.screen { state.screen = .cases(page) } else { push(.cases(page)) }
        }
    }

    private func openCase(_ reference: String) {
        attempt { push(.caseView(CasePage(detail: try desk.caseDetail(reference: reference)))) }
    }

    private func showPeople() {
        attempt {
            let page = PeoplePage(rows: try desk.people())
            if case .people = state.screen { state.screen = .people(page) } else { push(.people(page)) }
        }
    }

    private func newCase(title: String?) {
        guard let title else {
            state.message = .error("give the case a title: `:case-new TITLE`")
            return
        }
        attempt {
            let record = try writing { () throws(EngineError) in try desk.newCase(title: title) }
            state.message = .info("opened \(record.reference); `:case-add \(record.reference)` adds the marked items")
        }
    }

    /// Adds the marked items, else the selected one: a person chooses every item that joins.
    private func addToCase(_ reference: String?) {
        guard let reference else {
            state.message = .error("name the case: `:case-add C-2026-00001`")
            return
        }
        let items = state.queue.marks.isEmpty ? [currentItemReference].compactMap { $0 } : state.queue.marks.sorted()
        guard !items.isEmpty else {
            state.message = .error("mark items (Space) or select one to add")
            return
        }
        attempt {
            let record = try writing { () throws(EngineError) in try desk.addToCase(reference, items: items) }
            state.queue.marks = []
            state.message = .info("\(record.reference): \(items.count) added, \(record.itemCount) item(s) in the case")
        }
    }

    /// `n` in a case: one DSA notice per hosting provider, each covering the case's open items
    /// there; the first opens in compose, the others wait in the case's document list.
    private func draftCaseNotices() {
        guard case .caseView(let page) = state.screen else { return }
        let reference = page.detail.record.reference
        attempt {
            let views = try writing { () throws(EngineError) in
                try desk.draftForCase(reference, kind: .dsaNotice)
            }
            try reloadCaseScreens()
            state.message = .info(
                "drafted \(views.count) notice(s), one per provider: "
                    + views.map(\.record.reference).joined(separator: ", "))
        }
    }
}
