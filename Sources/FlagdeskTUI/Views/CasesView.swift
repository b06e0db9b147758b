import FlagdeskCore
import FlagdeskEngine

/// The Cases tab: threat to life first, then the earliest deadline (overdue first); the
/// selected case's counts below.
@MainActor
struct CasesView {
    let page: CasesPage
    let context: ViewContext

    func line(_ record: Case) -> String {
        let life = record.threatToLife ? "LIFE " : "     "
        let overdue = record.isOverdue(at: context.now) ? "OVERDUE " : "        "
        let due = record.nextDeadlineAt.map { DeskTime.minute($0, zone: context.desk.zone) } ?? "no deadline"
        let hold = record.leaHold ? " HOLD" : ""
        return "\(life)\(overdue)\(record.reference)  \(TextFit.cell(record.title, 36))  "
            + "\(record.openItemCount)/\(record.itemCount) open  \(due)\(hold)"
    }

    func draw(on screen: any TerminalScreen) {
        let size = screen.size
        screen.fillRow(
            0,
            with: "Cases (\(page.list.total) open, \(page.list.overdue) overdue) — threat to life first, then overdue; "
                + "Enter opens",
            attributes: Palette.title)
        let height = max(1, size.rows - 3)
        let first = max(0, min(page.selected - height + 1, max(0, page.list.cases.count - height)))
        for (offset, record) in page.list.cases.dropFirst(first).prefix(height).enumerated() {
            let index = first + offset
            var attributes: TextAttributes = record.threatToLife ? Palette.error : .normal
            if record.isOverdue(at: context.now), !record.threatToLife { attributes = Palette.daysLeft(-1) }
            attributes.reverse = index == page.selected
            screen.fillRow(1 + offset, with: line(record), attributes: attributes)
        }
        if page.list.cases.isEmpty {
            screen.fillRow(1, with: "  No open case. `flagdesk case new TITLE` opens one.", attributes: Palette.dim)
        }
    }
}
