import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// `[keys]` applied to the keymap (aerc's binds.conf): rebinding replaces a command's keys on
/// the screens where it has keys; nothing bad is silently ignored.
@MainActor
struct KeymapSettingsTests {
    func settings(_ text: String) throws -> [KeySetting] {
        try ConfigLoader.parse(text: "[keys]\n" + text, file: "/cfg/config.toml", environment: [:]).keyBindings
    }

    func refusal(_ text: String) throws -> [ConfigProblem] {
        let parsed = try settings(text)
        do {
            _ = try Keymap.standard.configured(by: parsed)
            Issue.record("accepted: \(text)")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func aReboundKeyReplacesTheOldOneWhereTheCommandWasBound() throws {
        let keymap = try Keymap.standard.configured(by: try settings("hold = \"C-o\"\napprove = \"<F2>\"\n"))
        for context in [KeyContext.queue, .item] {
            #expect(keymap.command(for: .control("o"), in: context) == .hold)
            #expect(keymap.command(for: .rune("H"), in: context) == nil)
        }
        #expect(keymap.command(for: .control("o"), in: .compose) == nil)
        #expect(keymap.command(for: .function(2), in: .compose) == .approve)
        #expect(keymap.command(for: .rune("a"), in: .compose) == nil)
        let help = HelpView(page: HelpPage(context: .queue), keymap: keymap).lines().map(\.text)
        #expect(help.contains { $0.contains("C-o") && $0.contains("hold") })
        // `H` after the tag prefix (`;H`, hold the marked items) is another command, not rebound.
        #expect(!help.contains { $0.hasPrefix("  H ") && !$0.lowercased().contains("marked") })
    }

    @Test func aCommandWithoutKeysGetsThemEverywhere() throws {
        let keymap = try Keymap.standard.configured(by: try settings("resolve = \"<F9>\"\n"))
        #expect(keymap.command(for: .function(9), in: .queue) == .resolve)
        #expect(keymap.command(for: .function(9), in: .item) == .resolve)
    }

    @Test func anUnknownCommandIsRefusedWithItsLineAndASuggestion() throws {
        let problems = try refusal("\nhodl = \"h\"\n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.suggestion == "hold")
        #expect(
            problems.first?.description.hasPrefix("/cfg/config.toml:3: [keys] hodl: found an unknown command") == true)
    }

    @Test func anUnknownKeyIsRefused() throws {
        for name in ["Ctrl-r", "C-h", "<F99>", "ab", "<Enterr>"] {
            let problems = try refusal("hold = \"\(name)\"\n")
            #expect(problems.first?.line == 2, "\(name)")
            #expect(problems.first?.found == "\"\(name)\"")
        }
    }

    @Test func aKeyBoundTwiceOnOneScreenIsRefused() throws {
        // `j` is down everywhere: hold on `j` would hide it on the queue and the item.
        let problems = try refusal("hold = \"j\"\n")
        #expect(problems.first?.kind == .duplicate)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.found?.contains("already runs down") == true)
        // Two settings on one key of one screen.
        #expect(try refusal("hold = \"C-o\"\nno-action = \"C-o\"\n").count >= 1)
        // A global key that a screen's own key would hide.
        let hidden = try refusal("report = \"n\"\n").compactMap(\.found)
        #expect(hidden.contains { $0.contains("search-next") } && hidden.contains { $0.contains("draft-case-notices") })
        // Moving a command off a key frees it for another.
        _ = try Keymap.standard.configured(by: try settings("hold = \"C-o\"\nno-action = \"H\"\n"))
    }

    @Test func keyNamesReadBackAsTheHelpWritesThem() {
        for key: Key in [.rune("H"), .control("r"), .enter, .rune(" "), .backTab, .function(5), .pageDown] {
            #expect(KeyNotation.key(named: KeyNotation.name(of: key)) == key)
        }
    }
}

/// README "Keys" stays true to the keymap: every command is named there, every name in its
/// Command column is a command, and each single key it gives runs that command by default.
@MainActor
struct ReadmeKeysTests {
    func keysSection() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "\n## Keys\n"))
        let end = try #require(text.range(of: "\n## ", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// The `code` spans of a table cell (`\|` is a pipe inside a cell).
    func spans(_ cell: Substring) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
            .map { $0.element.replacingOccurrences(of: "\u{1}", with: "|") }
    }

    /// The cells of a table row.
    func cells(_ row: Substring) -> [Substring] {
        row.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|", omittingEmptySubsequences: false)
    }

    @Test func everyCommandIsInTheTableAndEveryNameThereIsACommand() throws {
        let rows = try keysSection().split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Keys") }
        var named: Set<String> = []
        for row in rows {
            let columns = cells(row)
            guard columns.count > 3 else { continue }
            for span in spans(columns[2]) {
                let name = String(span.split(separator: " ").first ?? "")
                guard !name.isEmpty else { continue }
                #expect(DeskCommand(rawValue: name) != nil, "README Keys names '\(name)', which is no command")
                named.insert(name)
            }
        }
        for command in DeskCommand.allCases {
            #expect(named.contains(command.rawValue), "README Keys does not name \(command.rawValue)")
        }
    }

    @Test func aKeyGivenForOneCommandRunsIt() throws {
        let rows = try keysSection().split(separator: "\n").filter { $0.hasPrefix("| `") }
        for row in rows {
            let columns = cells(row)
            let keys = spans(columns[1])
            let commands = spans(columns[2])
            guard keys.count == 1, commands.count == 1, let command = DeskCommand(rawValue: commands[0]),
                let key = KeyNotation.key(named: keys[0])
            else { continue }
            let reached = KeyContext.allCases.contains { Keymap.standard.command(for: key, in: $0) == command }
            #expect(reached, "README Keys: \(keys[0]) does not run \(command.rawValue)")
        }
    }
}
