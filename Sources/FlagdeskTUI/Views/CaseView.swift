import FlagdeskCore
import FlagdeskEngine

/// One case: its items grouped by provider (j/k select, Enter opens the item), then its
/// documents, deadlines and same-content proposals; `n` drafts one notice per provider.
@MainActor
struct CaseView {
    let page: CasePage
    let context: ViewContext

    /// Every line of the page, with the index (in `detail.items`) of the item it shows.
    func lines() -> [(text: String, item: Int?, attributes: TextAttributes)] {
        let detail = page.detail
        let record = detail.record
        var lines: [(String, Int?, TextAttributes)] = []
        var state = "\(record.openItemCount)/\(record.itemCount) open, \(record.status.rawValue)"
        if record.leaHold { state += ", on LEA hold" }
        if record.threatToLife { state += ", THREAT TO LIFE" }
        lines.append(("Status: \(state)", nil, .normal))
        if let person = detail.person { lines.append(("Person: \(person.pseudonym)", nil, .normal)) }
        var index = 0
        for group in detail.providers {
            lines.append(("\(group.name) (\(group.items.count))", nil, Palette.header))
            for item in group.items {
                let flags = (item.threatToLife ? " LIFE" : "") + (item.leaHold ? " HOLD" : "")
                lines.append(
                    (
                        "  \(item.reference)  \(TextFit.cell(item.status.label, 10))  \(item.url)\(flags)", index,
                        item.threatToLife ? Palette.error : .normal
                    ))
                index += 1
            }
        }
        if !detail.documents.isEmpty { lines.append(("Documents", nil, Palette.header)) }
        for document in detail.documents {
            let recipient =
                document.recipientKey.flatMap { context.desk.directory.provider(key: $0)?.name }
                ?? document.recipientKey ?? ""
            lines.append(
                (
                    "  \(document.reference)  \(document.kind.title)  \(document.status.rawValue)  \(recipient)", nil,
                    .normal
                ))
        }
        if !detail.deadlines.isEmpty { lines.append(("Deadlines", nil, Palette.header)) }
        for row in detail.deadlines {
            lines.append(
                (
                    "  \(row.timeLeft.compact)  \(DeskTime.minute(row.dueAt, zone: context.desk.zone))  "
                        + "\(row.documentReference)  \(row.ruleTitle)", nil, Palette.daysLeft(row.daysLeft)
                ))
        }
        if !detail.proposals.isEmpty {
            lines.append(("Same content — proposed, add with `flagdesk case add`", nil, Palette.header))
        }
        for match in detail.proposals {
            lines.append(
                ("  \(match.item.reference) with \(match.matchedReference): \(match.reason.text)", nil, Palette.dim))
        }
        return lines
    }

    func draw(on screen: any TerminalScreen) {
        let size = screen.size
        let record = page.detail.record
        screen.fillRow(0, with: "Case \(record.reference)  \(record.title)", attributes: Palette.title)
        let all = lines()
        let height = max(1, size.rows - 3)
        let selectedLine = all.firstIndex { $0.item == page.selected } ?? 0
        let first = max(0, min(selectedLine - height / 2, max(0, all.count - height)))
        for (offset, line) in all.dropFirst(first).prefix(height).enumerated() {
            var attributes = line.attributes
            if let item = line.item, item == page.selected { attributes.reverse = true }
            screen.fillRow(1 + offset, with: line.text, attributes: attributes)
        }
    }
}
