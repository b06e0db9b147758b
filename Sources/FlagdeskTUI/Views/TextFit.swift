import FlagdeskCore
import Foundation

/// Outside text made ready for a cell: sanitised first (markers are longer than what they
/// replace), then cut or padded to a width in terminal cells. The screens sanitise again when
/// drawing; sanitising is idempotent, so nothing is escaped twice.
enum TextFit {
    static func cell(_ text: String, _ width: Int, alignment: DisplayWidth.Alignment = .left) -> String {
        guard width > 0 else { return "" }
        return DisplayWidth.fit(TerminalSanitizer.sanitize(text), toWidth: width, alignment: alignment)
    }

    /// A URL, host or file name: invisible and space-like characters are revealed too.
    static func url(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        return DisplayWidth.fit(TerminalSanitizer.sanitizeURL(text), toWidth: width)
    }

    /// Multi-line outside text as display lines of at most `width` cells: line breaks kept,
    /// tabs as spaces, long lines broken at a space when there is one.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let safe = TerminalSanitizer.sanitize(text, mode: .multiLine).replacingOccurrences(of: "\t", with: "    ")
        var lines: [String] = []
        for paragraph in safe.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var lastSpace: String.Index?
            for character in paragraph {
                let cells = DisplayWidth.width(of: character)
                if lineWidth + cells > width {
                    if let space = lastSpace {
                        lines.append(String(line[..<space]))
                        line = String(line[line.index(after: space)...])
                    } else {
                        lines.append(line)
                        line = ""
                    }
                    lineWidth = DisplayWidth.width(of: line)
                    lastSpace = nil
                }
                if character == " " { lastSpace = line.endIndex }
                line.append(character)
                lineWidth += cells
            }
            lines.append(line)
        }
        return lines
    }
}

/// Dates and durations as the desk shows them, in the organisation's zone (DESIGN.md §8).
enum DeskTime {
    /// `2026-05-04 11:00` in `zone`.
    static func minute(_ instant: Date, zone: TimeZone) -> String {
        String(ISO8601.formatLocal(instant, in: zone).prefix(16))
    }

    /// Age of an item: `45m`, `5h`, `12d`.
    static func age(from instant: Date, to now: Date) -> String {
        let seconds = max(0, now.timeIntervalSince(instant))
        if seconds < 3600 { return "\(Int(seconds / 60))m" }
        if seconds < 86_400 { return "\(Int(seconds / 3600))h" }
        return "\(Int(seconds / 86_400))d"
    }
}

extension TerminalScreen {
    /// Draws `text` and pads the rest of the row with spaces in the same attributes.
    func fillRow(_ row: Int, with text: String = "", attributes: TextAttributes = .normal) {
        put(TextFit.cell(text, size.columns), at: TerminalPosition(row: row, column: 0), attributes: attributes)
    }

    /// Draws the page of `lines` that starts at `scroll` above the two status rows; a scroll
    /// past the end shows the last full page (the item, compose, report and reply views).
    func drawPage(_ lines: [ItemView.Line], scroll: Int) {
        let height = size.rows - 2
        let top = min(scroll, max(0, lines.count - height))
        for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
            fillRow(offset, with: line.text, attributes: line.attributes)
        }
    }
}
