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

    /// How many cases the tab reads at once (the most urgent; `flagdesk case list` for more).
    static let casesWindow = 500

    private func showCases() {
        attempt {
            let page = CasesPage(list: try desk.cases(limit: Self.casesWindow))
            if case .cases = state.screen { state.screen = .cases(page) } else { push(.cases(page)) }
        }
    }

    func openCase(_ reference: String) {
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
            try screenHandler.reload(self)
            state.message = .info(
                "drafted \(views.count) notice(s), one per provider: "
                    + views.map(\.record.reference).joined(separator: ", "))
        }
    }
}
