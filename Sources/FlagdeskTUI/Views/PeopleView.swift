import FlagdeskCore
import FlagdeskEngine

/// The coordinators' People view: pseudonym, mandate and its expiry, wishes, items, and for the
/// selected person the wishes the engine enforces and their assignee. Sealed
/// identity and contact never appear here: `flagdesk person show --reveal` opens them, and the
/// trail records it.
@MainActor
struct PeopleView {
    let page: PeoplePage
    let context: ViewContext

    func mandateText(_ person: Person) -> String {
        guard let mandate = person.mandate else { return "no mandate" }
        let scopes = mandate.scopes.map(\.rawValue).joined(separator: ",")
        guard let expires = mandate.expiresOn else { return "mandate \(scopes), no end date" }
        let days = expires.daysSinceEpoch - CivilDate(context.now, in: context.desk.zone).daysSinceEpoch
        if days < 0 { return "mandate \(scopes) EXPIRED \(expires)" }
        return "mandate \(scopes) until \(expires) (\(days)d)"
    }

    func line(_ row: PersonListRow) -> String {
        let person = row.person
        if person.purgedAt != nil { return "\(TextFit.cell(person.pseudonym, 20))  purged" }
        let wishes = person.wishes.isEmpty ? "no wishes recorded" : person.wishes.joined(separator: "; ")
        return "\(TextFit.cell(person.pseudonym, 20))  \(TextFit.cell(mandateText(person), 40))  "
            + "\(row.itemCount) item(s)  \(wishes)"
    }

    func draw(on screen: any TerminalScreen) {
        let size = screen.size
        screen.fillRow(
            0, with: "People (\(page.rows.count)) — pseudonyms only; sealed identity needs `person show --reveal`",
            attributes: Palette.title)
        // The last two rows above the status bar: the selected person's enforced wishes and assignee.
        let paneRow = size.rows - 4
        let height = max(1, paneRow - 1)
        let first = max(0, min(page.selected - height + 1, max(0, page.rows.count - height)))
        for (offset, row) in page.rows.dropFirst(first).prefix(height).enumerated() {
            var attributes: TextAttributes = .normal
            if let expires = row.person.mandate?.expiresOn {
                let days = expires.daysSinceEpoch - CivilDate(context.now, in: context.desk.zone).daysSinceEpoch
                if days <= Desk.mandateWarningDays { attributes = Palette.daysLeft(days) }
            }
            attributes.reverse = first + offset == page.selected
            screen.fillRow(1 + offset, with: line(row), attributes: attributes)
        }
        if page.rows.isEmpty { screen.fillRow(1, with: "  Nobody on file.", attributes: Palette.dim) }
        if page.rows.indices.contains(page.selected), page.rows[page.selected].person.purgedAt == nil {
            PersonSafeguardsPane(person: page.rows[page.selected].person).draw(on: screen, from: paneRow)
        }
    }
}
