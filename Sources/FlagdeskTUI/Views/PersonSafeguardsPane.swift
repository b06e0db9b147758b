import FlagdeskCore
import FlagdeskEngine

/// Under the People list: the selected person's enforced wishes and who they are assigned to
/// (issue #15 points 1 and 7), read-only. What the engine refuses on their behalf is in sight
/// of the coordinator before anything is drafted; changing it stays `flagdesk person` and
/// `flagdesk assign` (audited).
@MainActor
struct PersonSafeguardsPane {
    let person: Person

    /// Two lines: the enforced wishes, then the assignee.
    var lines: [String] {
        let wishes =
            person.structuredWishes.isEmpty
            ? "no enforced wishes"
            : person.structuredWishes.map { "\($0.description) [\($0.token)]" }.joined(separator: "; ")
        return [
            "\(person.pseudonym) — enforced: \(wishes)",
            "assigned to: \(person.assignee ?? "nobody (a coordinator assigns with `flagdesk assign`)")",
        ]
    }

    func draw(on screen: any TerminalScreen, from row: Int) {
        for (offset, line) in lines.enumerated() {
            screen.fillRow(row + offset, with: line, attributes: offset == 0 ? Palette.title : Palette.dim)
        }
    }
}
