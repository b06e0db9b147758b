import Testing

@testable import FlagdeskTUI

@MainActor
struct KeymapTests {
    let keymap = Keymap.standard

    @Test func contextBindingsComeBeforeGlobalOnes() {
        #expect(keymap.command(for: .rune("j"), in: .queue) == .down)
        #expect(keymap.command(for: .enter, in: .queue) == .open)
        #expect(keymap.command(for: .rune("h"), in: .item) == .back)
        #expect(keymap.command(for: .enter, in: .help) == nil)
        #expect(keymap.command(for: .rune("/"), in: .item) == nil)
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = keymap.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(context)")
        }
    }

    @Test func everyCommandIsReachableByNameAtTheCommandLine() {
        for command in DeskCommand.allCases {
            #expect(Keymap.parseCommandLine(command.rawValue)?.command == command)
        }
        #expect(Keymap.parseCommandLine("  filter  human trafficking ")?.argument == "human trafficking")
        #expect(Keymap.parseCommandLine("q")?.command == .quit)
        #expect(Keymap.parseCommandLine("frobnicate") == nil)
    }

    @Test func helpListsEveryBindingOfTheContextWithItsKeys() {
        let lines = HelpView(page: HelpPage(context: .queue), keymap: keymap).lines().map(\.text)
        for (command, keys) in keymap.commands(in: .queue) + keymap.commands(in: .global) {
            // "  <keys, 22 cells> <command>  summary"
            let line = lines.first { $0.dropFirst(25).hasPrefix(command.rawValue + " ") }
            #expect(line != nil, "help has no line for \(command.rawValue)")
            for key in keys { #expect(line?.contains(KeyNotation.name(of: key)) == true) }
        }
        #expect(lines.contains { $0.hasPrefix("  <Space>") && $0.contains("mark") })
    }

    @Test func keyNamesFollowMuttNotation() {
        #expect(KeyNotation.name(of: .control("f")) == "C-f")
        #expect(KeyNotation.name(of: .rune(" ")) == "<Space>")
        #expect(KeyNotation.name(of: .backTab) == "<S-Tab>")
    }
}

struct LineEditorTests {
    @Test func editsAtTheCursor() {
        var editor = LineEditor("trafficking")
        editor.apply(.home)
        for scalar in "human ".unicodeScalars { editor.apply(.rune(scalar)) }
        #expect(editor.text == "human trafficking")
        editor.apply(.end)
        editor.apply(.control("w"))
        #expect(editor.text == "human ")
        editor.apply(.backspace)
        editor.apply(.left)
        editor.apply(.delete)
        #expect(editor.text == "huma")
        editor.apply(.control("u"))
        #expect(editor.text.isEmpty && editor.cursor == 0)
        #expect(editor.apply(.enter) == false)
    }

    @Test func wideAndCombiningInputKeepsTheCursorOnACharacter() {
        var editor = LineEditor()
        for scalar in "東e\u{301}".unicodeScalars { editor.apply(.rune(scalar)) }
        #expect(editor.text == "東e\u{301}")
        #expect(editor.cursor == 2)
        editor.apply(.backspace)
        #expect(editor.text == "東")
    }
}
