/// A list to choose from, filtered as you type (the triage form's category, keyword and
/// content-type pickers, the document kind of a new draft). Arrows move, Space ticks (multiple
/// choice), Enter accepts, Esc cancels.
public struct Picker: Sendable {
    public struct Option: Sendable, Hashable {
        public var key: String
        public var label: String
        /// A second line of explanation (the reason a document kind is proposed).
        public var note: String?
    }

    public enum Purpose: Sendable, Hashable {
        case category, keywords, contentTypes, minor
        case documentKind(items: [String])
        /// Choosing an option runs the command with the option's key as its argument.
        case command(DeskCommand)
    }

    public var title: String
    public var purpose: Purpose
    public var options: [Option]
    public var allowsMany: Bool
    public var chosen: Set<String>
    public var filter = LineEditor()
    /// Index into `visible`.
    public var highlighted = 0

    /// The options whose label or key contains every word typed (case-insensitive).
    public var visible: [Option] {
        let words = filter.text.lowercased().split(separator: " ")
        guard !words.isEmpty else { return options }
        return options.filter { option in
            let haystack = (option.label + " " + option.key).lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
    }

    public var highlightedOption: Option? {
        let visible = self.visible
        return visible.indices.contains(highlighted) ? visible[highlighted] : nil
    }

    /// What a key does to the picker: nil while it stays open, else whether it was accepted.
    public mutating func apply(_ key: Key) -> Bool? {
        switch key {
        case .escape, .control("g"): return false
        case .enter:
            if !allowsMany, let option = highlightedOption { chosen = [option.key] }
            return true
        case .down, .control("n"): highlighted = min(highlighted + 1, max(0, visible.count - 1))
        case .up, .control("p"): highlighted = max(0, highlighted - 1)
        case .rune(" ") where allowsMany, .tab:
            if let option = highlightedOption, chosen.remove(option.key) == nil { chosen.insert(option.key) }
        default:
            if filter.apply(key) { highlighted = 0 }
        }
        return nil
    }
}
