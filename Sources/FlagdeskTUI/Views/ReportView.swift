import FlagdeskCore
import FlagdeskEngine

/// The DSA Art. 22(3) report screen: each count as a bar of Unicode blocks (eighths, so bars
/// differ by less than a cell), longest first.
@MainActor
struct ReportView {
    let page: ReportPage

    static func bar(_ count: Int, of maximum: Int, width: Int) -> String {
        guard maximum > 0, width > 0 else { return "" }
        let eighths = (count * width * 8 + maximum / 2) / maximum
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        let bar = String(repeating: "█", count: eighths / 8) + partial
        return bar.isEmpty && count > 0 ? "▏" : bar
    }

    func lines(width: Int) -> [ItemView.Line] {
        let figures = page.figures
        var lines: [ItemView.Line] = [
            ("DSA Art. 22(3) report \(figures.year): \(figures.noticesSent) notices sent", Palette.title),
            ("Figures from the store; the annual report itself is exported with `flagdesk report`.", Palette.dim),
        ]
        let labelWidth = min(34, max(12, width / 3))
        let barWidth = max(4, width - labelWidth - 10)
        func chart(_ title: String, _ bars: [ReportBar]) {
            lines.append(("", .normal))
            lines.append((title, Palette.header))
            if bars.isEmpty { lines.append(("  none", Palette.dim)) }
            let maximum = bars.map(\.count).max() ?? 0
            for bar in bars {
                lines.append(
                    (
                        "  " + TextFit.cell(bar.label, labelWidth) + " "
                            + DisplayWidth.pad(Self.bar(bar.count, of: maximum, width: barWidth), toWidth: barWidth)
                            + " " + String(bar.count), .normal
                    ))
            }
        }
        chart("(a) Notices by provider", figures.byProvider)
        chart("(b) Notices by type of alleged illegal content", figures.byCategory)
        chart("(c) Action taken by the provider", figures.byOutcome)
        chart("Items recorded \(figures.year), by category", figures.itemsByCategory)
        return lines
    }

    func draw(on screen: any TerminalScreen) {
        screen.drawPage(lines(width: screen.size.columns), scroll: page.scroll)
    }
}
