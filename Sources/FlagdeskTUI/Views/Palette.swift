import FlagdeskCore

/// The attributes of every element. Meaning never rests on colour alone: with `NO_COLOR` or on
/// a monochrome terminal the bold, reverse and underline attributes still tell things apart.
enum Palette {
    static let title = TextAttributes(bold: true)
    static let selectedTab = TextAttributes(bold: true, reverse: true)
    static let header = TextAttributes(bold: true, underline: true)
    static let selection = TextAttributes(reverse: true)
    static let statusBar = TextAttributes(reverse: true)
    static let label = TextAttributes(bold: true)
    static let dim = TextAttributes(dim: true)
    static let error = TextAttributes(bold: true, color: .red)
    static let marked = TextAttributes(bold: true, color: .magenta)

    static func priority(_ priority: Priority) -> TextAttributes {
        switch priority {
        case .urgent: return TextAttributes(bold: true, color: .red)
        case .high: return TextAttributes(color: .yellow)
        case .normal: return .normal
        }
    }

    /// Days left, fidesops-style thresholds: past red, today or tomorrow yellow, later green.
    static func daysLeft(_ days: Int) -> TextAttributes {
        if days < 0 { return TextAttributes(bold: true, reverse: false, color: .red) }
        if days <= 1 { return TextAttributes(bold: true, color: .yellow) }
        if days <= 7 { return TextAttributes(color: .yellow) }
        return TextAttributes(color: .green)
    }
}
