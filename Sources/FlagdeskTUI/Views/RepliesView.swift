import FlagdeskCore
import FlagdeskEngine

/// The Replies view (issue #19): tabs New, Matched, Unmatched; one line per message (date, from,
/// subject, all outside text sanitised); the selected message's proposals below, each with the
/// sentence it was read from.
@MainActor
struct RepliesView {
    let page: RepliesPage
    let context: ViewContext

    struct Columns {
        let reference = 13, date = 16, target = 13
        /// The review column only where there is room: a tab's rows differ in it only on Matched,
        /// and reviewed rows are dimmed anyway.
        let review: Int
        let from: Int
        let subject: Int

        init(width: Int) {
            review = width >= 100 ? 9 : 0
            from = width >= 120 ? 30 : 16
            let fixed = 1 + reference + 1 + date + 1 + target + 1 + (review > 0 ? review + 1 : 0) + from + 1
            subject = max(4, width - fixed)
        }

        func row(_ cells: [String]) -> String {
            (review > 0 ? cells : cells.enumerated().filter { $0.offset != 3 }.map(\.element))
                .joined(separator: " ")
        }
    }

    func line(_ mail: StoredMail, _ c: Columns) -> String {
        let date = mail.date.map { DeskTime.minute($0, zone: context.desk.zone) } ?? "(no date)"
        let target: String
        switch mail.match {
        case .matched: target = mail.documentReference ?? "?"
        case .ambiguous: target = "ambiguous"
        case .unmatched: target = "unmatched"
        }
        return c.row([
            " " + TextFit.cell(mail.reference, c.reference), TextFit.cell(date, c.date), TextFit.cell(target, c.target),
            TextFit.cell(mail.review.rawValue, c.review), TextFit.cell(mail.from, c.from),
            TextFit.cell(mail.subject, c.subject),
        ])
    }

    func draw(on screen: any TerminalScreen) {
        let size = screen.size
        drawTabs(on: screen)
        let c = Columns(width: size.columns)
        screen.fillRow(
            1,
            with: c.row([
                " " + TextFit.cell("Message", c.reference), TextFit.cell("Date", c.date),
                TextFit.cell("Document", c.target), TextFit.cell("Review", c.review), TextFit.cell("From", c.from),
                TextFit.cell("Subject", c.subject),
            ]), attributes: Palette.header)
        let available = max(1, size.rows - 4)
        let listHeight = available >= 10 ? max(3, available * 3 / 5) : available
        let first = max(0, min(page.selected - listHeight + 1, max(0, page.mails.count - listHeight)))
        for (offset, mail) in page.mails.dropFirst(first).prefix(listHeight).enumerated() {
            var attributes: TextAttributes = mail.match == .matched ? .normal : Palette.marked
            if mail.review != .new { attributes = Palette.dim }
            attributes.reverse = first + offset == page.selected
            screen.fillRow(2 + offset, with: line(mail, c), attributes: attributes)
        }
        if page.mails.isEmpty {
            screen.fillRow(2, with: "  " + Self.emptyText(page.tab), attributes: Palette.dim)
        }
        guard listHeight < available, let mail = page.selectedMail else { return }
        let top = 2 + listHeight
        screen.fillRow(top, with: String(repeating: "─", count: size.columns), attributes: Palette.dim)
        let preview = ReplyView.proposalLines(mail, width: size.columns)
        for (offset, line) in preview.prefix(max(0, size.rows - 3 - top)).enumerated() {
            screen.fillRow(top + 1 + offset, with: line.text, attributes: line.attributes)
        }
    }

    private func drawTabs(on screen: any TerminalScreen) {
        screen.fillRow(0)
        var column = 0
        for tab in ReplyTab.allCases {
            let text = " \(tab.title) \(page.counts[tab] ?? 0) "
            let attributes = tab == page.tab ? Palette.selectedTab : Palette.title
            screen.put(text, at: TerminalPosition(row: 0, column: column), attributes: attributes)
            column += DisplayWidth.width(of: text) + 1
        }
        screen.put(
            "Replies by e-mail — Tab switches, Enter opens", at: TerminalPosition(row: 0, column: column + 1),
            attributes: Palette.dim)
    }

    static func emptyText(_ tab: ReplyTab) -> String {
        switch tab {
        case .new:
            return "No reply waits for review. `flagdesk mail import PATH` imports a Maildir, an mbox or .eml files."
        case .matched: return "No reply matched to a document yet."
        case .unmatched: return "Every imported message is matched to one document."
        }
    }
}
