import FlagdeskCore
import FlagdeskEngine
import Foundation

/// A document being composed: the validation panel (each missing element with its article),
/// its deadlines, then the rendered text as the recipient will read it.
@MainActor
struct ComposeView {
    let page: ComposePage
    let context: ViewContext

    func lines(width: Int) -> [ItemView.Line] {
        let view = page.view
        let record = view.record
        var lines: [ItemView.Line] = []
        let recipient = view.recipientName.map { " → \($0)" } ?? ""
        let items = view.items.map(\.reference).joined(separator: ", ")
        lines.append(
            (
                "\(record.reference)  \(record.kind.title)  \(record.status.rawValue)\(recipient)  [\(items)]",
                Palette.title
            ))
        lines.append((Self.people(record, zone: context.desk.zone), .normal))
        lines.append(
            (
                "e sets a field (key=value), a approves, s records how and when it was sent, x exports, "
                    + "r records an answer, "
                    + "W withdraws, Z closes, i its items, q goes back", Palette.dim
            ))
        if view.missing.isEmpty {
            lines.append(("✓ Complete: every required element is present.", TextAttributes(bold: true, color: .green)))
        } else {
            lines.append(
                ("✗ Missing \(view.missing.count) element(s): it cannot be approved or sent yet", Palette.error))
            for element in view.missing {
                lines.append(("  ✗ \(element.label) (\(element.article))" + Self.source(element, record.kind), .normal))
                for part in TextFit.wrap(element.hint, width: max(1, width - 6)) {
                    lines.append(("      " + part, Palette.dim))
                }
            }
        }
        for wish in view.wishes { lines.append(("  ! wish of the person: \(wish)", Palette.marked)) }
        if !view.deadlines.isEmpty {
            lines.append(("Deadlines", Palette.header))
            for deadline in view.deadlines {
                let due = DeskTime.minute(deadline.dueAt, zone: context.desk.zone)
                lines.append(
                    (
                        "  \(due)  \(deadline.timeLeft.compact)  \(deadline.ruleTitle)\(deadline.isPolicy ? " (policy)" : "")  \(deadline.status)",
                        Palette.daysLeft(deadline.daysLeft)
                    ))
            }
        }
        if !page.replies.isEmpty {
            lines.append(
                ("Replies (\(page.replies.count)) — `:reply M-...` opens one, M the Replies view", Palette.header))
            for mail in page.replies {
                let date = mail.date.map { DeskTime.minute($0, zone: context.desk.zone) } ?? "(no date)"
                lines.append(
                    (
                        "  \(mail.reference)  \(date)  \(TextFit.cell(mail.review.rawValue, 9))  "
                            + "\(TextFit.cell(mail.from, 28))  \(TextFit.cell(mail.subject, max(4, width - 76)))",
                        mail.review == .new ? Palette.label : .normal
                    ))
            }
        }
        lines.append(
            ("── Subject: " + view.rendered.subject + " " + String(repeating: "─", count: width), Palette.header))
        for part in TextFit.wrap(view.rendered.text, width: max(1, width)) { lines.append((part, .normal)) }
        return lines
    }

    /// Where the element is supplied: only fields `e` sets are named; a value held elsewhere
    /// says where (issue #17).
    static func source(_ element: MissingElement, _ kind: DocumentKind) -> String {
        switch ElementSource.of(element, kind: kind) {
        case .fields(let keys): return "  e: " + keys.map { "\($0)=" }.joined(separator: " ")
        case .elsewhere(let place): return "  — " + place
        case .unsettable: return ""
        }
    }

    /// Who drafted it, who approved it (four-eyes in sight), who sent it, when.
    static func people(_ record: DocumentRecord, zone: TimeZone) -> String {
        var parts = ["Drafted by \(record.draftedBy) \(DeskTime.minute(record.draftedAt, zone: zone))"]
        if let approver = record.approvedBy, let at = record.approvedAt {
            parts.append("approved by \(approver) \(DeskTime.minute(at, zone: zone))")
        } else {
            parts.append("not approved")
        }
        if let sender = record.sentBy, let at = record.sentAt {
            parts.append("sent by \(sender) \(DeskTime.minute(at, zone: zone))")
        }
        return parts.joined(separator: " · ")
    }

    func draw(on screen: any TerminalScreen) {
        screen.drawPage(lines(width: screen.size.columns), scroll: page.scroll)
    }
}

/// The deadlines dashboard: overdue, today, next 7 days, later; the rule and reason of the
/// selected one below.
@MainActor
struct DeadlinesView {
    let page: DeadlinesPage
    let context: ViewContext

    static func group(of days: Int) -> String {
        if days < 0 { return "Overdue" }
        if days == 0 { return "Today" }
        if days <= 7 { return "Next 7 days" }
        return "Later"
    }

    /// List lines: group headers and rows (row index or nil for a header).
    func listLines() -> [(text: String, row: Int?)] {
        var lines: [(String, Int?)] = []
        var current: String?
        let zone = context.desk.zone
        for (index, row) in page.rows.enumerated() {
            let group = Self.group(of: row.daysLeft)
            if group != current {
                lines.append((group, nil))
                current = group
            }
            let life = row.threatToLife ? "LIFE " : ""
            let text =
                "  \(life)\(row.timeLeft.compact)  \(DeskTime.minute(row.dueAt, zone: zone))  \(row.documentReference)  "
                + "\(row.documentKind.title)  \(row.ruleTitle)  \(row.recipientName ?? "")  \(row.itemReferences.joined(separator: ","))"
            lines.append((text, index))
        }
        if !page.mandates.isEmpty { lines.append(("Mandates ending within \(Desk.mandateWarningDays) days", nil)) }
        for mandate in page.mandates {
            let scopes = mandate.scopes.map(\.rawValue).joined(separator: ",")
            lines.append(
                ("  \(mandate.daysLeft)d  \(mandate.expiresOn)  mandate of \(mandate.pseudonym) (\(scopes))", nil))
        }
        return lines
    }

    func draw(on screen: any TerminalScreen) {
        let size = screen.size
        screen.fillRow(
            0,
            with: "Deadlines (\(page.rows.count) open) — Enter opens the document, d drafts the next escalation step",
            attributes: Palette.title)
        let listHeight = max(3, (size.rows - 3) * 3 / 5)
        let lines = listLines()
        let selectedLine = lines.firstIndex { $0.row == page.selected } ?? 0
        let first = max(0, min(selectedLine - listHeight + 2, max(0, lines.count - listHeight)))
        for (offset, line) in lines.dropFirst(first).prefix(listHeight).enumerated() {
            if let row = line.row {
                let days = page.rows[row].daysLeft
                var attributes = Palette.daysLeft(days)
                attributes.reverse = row == page.selected
                screen.fillRow(1 + offset, with: line.text, attributes: attributes)
            } else {
                screen.fillRow(1 + offset, with: line.text, attributes: Palette.header)
            }
        }
        if lines.isEmpty { screen.fillRow(1, with: "  No open deadline.", attributes: Palette.dim) }
        guard page.rows.indices.contains(page.selected) else { return }
        let row = page.rows[page.selected]
        let top = 2 + listHeight
        var detail = [
            "Rule: \(row.ruleTitle) (\(row.ruleID))\(row.isPolicy ? " — organisation's policy, not law" : "")"
        ]
        if let original = row.originalDueAt {
            detail.append("Extended: originally due \(DeskTime.minute(original, zone: context.desk.zone))")
        }
        detail.append(
            "Next step when it runs out: "
                + (row.nextSteps.isEmpty
                    ? "none in the escalation ladder" : row.nextSteps.map(\.title).joined(separator: " and ")))
        detail += TextFit.wrap(row.explanation, width: max(1, size.columns))
        screen.fillRow(top - 1, with: String(repeating: "─", count: size.columns), attributes: Palette.dim)
        for (offset, text) in detail.prefix(max(0, size.rows - 2 - top)).enumerated() {
            screen.fillRow(top + offset, with: text)
        }
    }
}
