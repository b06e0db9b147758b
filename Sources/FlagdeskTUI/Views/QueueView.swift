import FlagdeskCore
import FlagdeskEngine
import Foundation

/// The queue (mutt's index + pager): tab bar, columns, the window of rows, and a preview of the
/// selected item below them.
@MainActor
struct QueueView {
    let state: DeskState
    let context: ViewContext

    /// Where things go on a screen of a given size.
    struct Layout {
        let listTop = 2
        let listHeight: Int
        let previewTop: Int
        let previewHeight: Int

        init(size: TerminalSize, showsPreview: Bool) {
            let available = max(1, size.rows - 4)  // tab bar, header, status bar, bottom line
            if showsPreview, available >= 10 {
                listHeight = max(3, available * 11 / 20)
                previewTop = 2 + listHeight + 1
                previewHeight = available - listHeight - 1
            } else {
                listHeight = available
                previewTop = 2 + available
                previewHeight = 0
            }
        }
    }

    /// Column widths for a screen width: the category column takes what is left.
    struct Columns {
        let reference = 14, priority = 6, age = 4, status = 9, deadline = 7
        let provider: Int
        let category: Int

        init(width: Int) {
            provider = width >= 120 ? 22 : 12
            let fixed = 1 + reference + 1 + priority + 1 + age + 1 + provider + 1 + 1 + status + 1 + deadline
            category = max(4, width - fixed)
        }
    }

    func draw(on screen: any TerminalScreen) {
        let layout = Layout(size: screen.size, showsPreview: state.showsPreview)
        drawTabs(on: screen)
        let columns = Columns(width: screen.size.columns)
        screen.fillRow(1, with: headerText(columns), attributes: Palette.header)
        drawRows(on: screen, layout: layout, columns: columns)
        if layout.previewHeight > 0 { drawPreview(on: screen, layout: layout) }
    }

    private func drawTabs(on screen: any TerminalScreen) {
        screen.fillRow(0)
        var column = 0
        for (index, tab) in QueueTab.allCases.enumerated() {
            let count = state.queue.counts.perTab[tab].map { " \(QueueCounts.text($0))" } ?? ""
            let text = " \(index + 1):\(tab.title)\(count) "
            let attributes = tab == state.queue.tab ? Palette.selectedTab : Palette.title
            screen.put(text, at: TerminalPosition(row: 0, column: column), attributes: attributes)
            column += DisplayWidth.width(of: text) + 1
        }
        if let filter = state.queue.filter {
            screen.put(
                "filter: " + TerminalSanitizer.sanitize(filter), at: TerminalPosition(row: 0, column: column + 1),
                attributes: Palette.marked)
        }
    }

    private func headerText(_ c: Columns) -> String {
        [
            " " + TextFit.cell("Reference", c.reference), TextFit.cell("Prio", c.priority),
            TextFit.cell("Age", c.age, alignment: .right), TextFit.cell("Provider", c.provider),
            TextFit.cell("Category", c.category), TextFit.cell("Status", c.status),
            TextFit.cell("Due", c.deadline, alignment: .right),
        ].joined(separator: " ")
    }

    private func drawRows(on screen: any TerminalScreen, layout: Layout, columns: Columns) {
        let queue = state.queue
        if queue.total == 0 || queue.rows.isEmpty {
            let empty = queue.filter == nil ? "Nothing here." : "No item matches the filter (| shows all)."
            screen.put(" " + empty, at: TerminalPosition(row: layout.listTop, column: 0), attributes: Palette.dim)
            return
        }
        for line in 0..<layout.listHeight {
            let position = queue.viewTop + line
            guard let row = queue.row(atPosition: position) else { continue }
            let isSelected = position == queue.selectedPosition
            drawRow(row, line: layout.listTop + line, columns: columns, selected: isSelected, on: screen)
        }
    }

    private func drawRow(
        _ row: QueueRow, line: Int, columns c: Columns, selected: Bool, on screen: any TerminalScreen
    ) {
        let item = row.item
        let base = selected ? Palette.selection : TextAttributes.normal
        let isMarked = state.queue.marks.contains(item.reference)
        var cells: [(String, TextAttributes)] = [
            (isMarked ? "*" : " ", isMarked ? merge(base, Palette.marked) : base),
            (TextFit.cell(item.reference, c.reference) + " ", base),
            (
                TextFit.cell(item.threatToLife ? "LIFE" : item.priority.label, c.priority) + " ",
                merge(base, Palette.priority(item.priority))
            ),
            (TextFit.cell(DeskTime.age(from: item.createdAt, to: context.now), c.age, alignment: .right) + " ", base),
            (TextFit.url(context.providerName(item), c.provider) + " ", base),
            (TextFit.cell(item.category?.label ?? "—", c.category) + " ", base),
            (TextFit.cell(item.status.label, c.status) + " ", base),
        ]
        if let due = row.nextDeadlineAt {
            let left = TimeLeft(until: due, now: context.now, zone: context.desk.zone, inHours: row.nextDeadlineInHours)
            cells.append(
                (TextFit.cell(left.compact, c.deadline, alignment: .right), merge(base, Palette.daysLeft(left.days))))
        } else {
            cells.append((TextFit.cell("—", c.deadline, alignment: .right), base))
        }
        if selected { screen.fillRow(line, attributes: base) }
        var column = 0
        for (text, attributes) in cells {
            screen.put(text, at: TerminalPosition(row: line, column: column), attributes: attributes)
            column += DisplayWidth.width(of: text)
        }
    }

    private func merge(_ base: TextAttributes, _ extra: TextAttributes) -> TextAttributes {
        var result = extra
        result.reverse = base.reverse || extra.reverse
        return result
    }

    private func drawPreview(on screen: any TerminalScreen, layout: Layout) {
        let width = screen.size.columns
        guard let row = state.queue.selectedRow else {
            screen.fillRow(layout.previewTop - 1, with: String(repeating: "─", count: width), attributes: Palette.dim)
            return
        }
        let item = row.item
        let rule = "── \(item.reference) " + String(repeating: "─", count: width)
        screen.fillRow(layout.previewTop - 1, with: rule, attributes: Palette.dim)
        var lines: [(String, String, Bool)] = [
            ItemText.purged(item, zone: context.desk.zone).map { ("Purged", $0, false) }
                ?? ("URL", TerminalSanitizer.sanitizeURL(item.url), true),
            ("Provider", context.providerName(item), false),
            ("Category", ItemText.classification(item), false),
            ("Flags", ItemText.flags(item), false),
        ]
        if let explanation = item.explanation, !explanation.isEmpty {
            let wrapped = TextFit.wrap(explanation, width: max(1, width - 13))
            for (index, text) in wrapped.enumerated() { lines.append((index == 0 ? "Explanation" : "", text, false)) }
        }
        for (offset, line) in lines.prefix(layout.previewHeight).enumerated() {
            let row = layout.previewTop + offset
            screen.put(TextFit.cell(line.0, 12), at: TerminalPosition(row: row, column: 0), attributes: Palette.label)
            let value = line.2 ? TextFit.url(line.1, width - 13) : TextFit.cell(line.1, width - 13)
            screen.put(value, at: TerminalPosition(row: row, column: 13))
        }
    }
}

/// What views need besides the state: the instant, the directory's names, who is working.
struct ViewContext {
    let desk: Desk
    var now: Date { desk.now }

    func providerName(_ item: Item) -> String {
        item.providerKey.flatMap { desk.directory.provider(key: $0)?.name } ?? item.host
    }
}

/// Item fields as one-line text, shared by the preview pane and the item screen.
enum ItemText {
    static func classification(_ item: Item) -> String {
        guard let category = item.category else { return "not triaged yet" }
        let keywords = item.keywords.map(\.label)
        return keywords.isEmpty ? category.label : "\(category.label) · \(keywords.joined(separator: ", "))"
    }

    /// For a purged item, what replaces its URL: when and what was erased; nil otherwise.
    static func purged(_ item: Item, zone: TimeZone) -> String? {
        item.purgedAt.map { "\(DeskTime.minute($0, zone: zone)): URL, explanation and triage notes erased" }
    }

    static func flags(_ item: Item) -> String {
        var flags = ["minor: \(item.minor.rawValue)"]
        if item.threatToLife { flags.append("THREAT TO LIFE OR SAFETY") }
        if item.leaHold { flags.append("LEA HOLD") }
        flags.append(item.status.label)
        flags.append(item.priority.label)
        return flags.joined(separator: " · ")
    }
}
