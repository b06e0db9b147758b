import FlagdeskCore
import FlagdeskEngine

/// The Cases tab: a window of cases, most urgent first.
public struct CasesPage: Sendable {
    public var list: CaseList
    public var selected = 0

    public var selectedCase: Case? { list.cases.indices.contains(selected) ? list.cases[selected] : nil }
}

/// One case: its items grouped by provider; `selected` indexes `detail.items`.
public struct CasePage: Sendable {
    public var detail: CaseDetail
    public var selected = 0

    public var selectedItem: Item? {
        let items = detail.items
        return items.indices.contains(selected) ? items[selected] : nil
    }
}

/// The coordinators' People view.
public struct PeoplePage: Sendable {
    public var rows: [PersonListRow]
    public var selected = 0
}
