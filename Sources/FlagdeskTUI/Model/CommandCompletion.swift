import FlagdeskCore
import FlagdeskEngine
import Foundation

/// Tab at the `:` prompt (as in vim and aerc): completes a command's name from the keymap's
/// commands, then its argument where the argument is one of a fixed list (queue tabs, the
/// Replies tabs, document kinds). One candidate is completed with a space after it; several
/// are completed as far as they agree and listed on the bottom line.
public enum CommandCompletion {
    public struct Result: Sendable, Equatable {
        public var text: String
        /// Every candidate when more than one fits (shown to choose from); empty otherwise.
        public var candidates: [String]
    }

    /// The commands whose argument comes from a fixed list.
    static let argumentChoices: [DeskCommand: [String]] = [
        .nextTab: QueueTab.allCases.map(\.rawValue),
        .previousTab: QueueTab.allCases.map(\.rawValue),
        .replies: ReplyTab.allCases.map(\.rawValue),
        .draftNext: DocumentKind.allCases.map(\.rawValue),
    ]

    public static func complete(_ text: String) -> Result {
        guard let space = text.firstIndex(of: " ") else {
            let names = DeskCommand.allCases.map(\.rawValue) + Keymap.aliases.keys.sorted()
            return choose(among: names, prefix: text, before: "")
        }
        let name = String(text[..<space])
        let rest = text[space...].drop { $0 == " " }
        guard let command = Keymap.parseCommandLine(name)?.command, let choices = argumentChoices[command] else {
            return Result(text: text, candidates: [])
        }
        return choose(among: choices, prefix: String(rest), before: name + " ")
    }

    private static func choose(among names: [String], prefix: String, before: String) -> Result {
        let matching = names.filter { $0.hasPrefix(prefix) }
        guard let first = matching.first else { return Result(text: before + prefix, candidates: []) }
        if matching.count == 1 { return Result(text: before + first + " ", candidates: []) }
        var common = first
        for name in matching.dropFirst() {
            while !name.hasPrefix(common) { common.removeLast() }
        }
        return Result(text: before + (common.count > prefix.count ? common : prefix), candidates: matching)
    }
}

/// The `:` lines typed in this session, for Up and Down (readline's history). Kept in memory
/// only, never written to disk: a line may hold flagged text (a searched name, a URL, a
/// filter on a victim's details), and case data lives in the store alone, where the folder's
/// permissions, the retention purge and a person's erasure reach it; a history file would be a
/// copy outside all three.
public struct CommandHistory: Sendable, Equatable {
    public private(set) var entries: [String] = []
    /// Where Up has gone to (nil: at the line being typed).
    private var position: Int?
    /// The line being typed when Up was first pressed, given back by Down at the end.
    private var draft = ""
    static let limit = 100

    public init() {}

    /// Records an entered line (not a blank one, nor the same as the last), and starts over at
    /// the bottom.
    public mutating func record(_ line: String) {
        position = nil
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, entries.last != trimmed else { return }
        entries.append(trimmed)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }

    /// The line before: Up. Nil when there is none.
    public mutating func previous(current: String) -> String? {
        guard !entries.isEmpty else { return nil }
        guard let position else {
            draft = current
            self.position = entries.count - 1
            return entries[entries.count - 1]
        }
        guard position > 0 else { return nil }
        self.position = position - 1
        return entries[position - 1]
    }

    /// The line after: Down; past the newest, the line that was being typed.
    public mutating func next() -> String? {
        guard let position else { return nil }
        if position + 1 < entries.count {
            self.position = position + 1
            return entries[position + 1]
        }
        self.position = nil
        return draft
    }

    /// Leaving the prompt without entering: the next Up starts at the newest line again.
    public mutating func reset() { position = nil }
}
