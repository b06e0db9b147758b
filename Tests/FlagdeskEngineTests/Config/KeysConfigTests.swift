import Testing

@testable import FlagdeskEngine

/// `[keys]` as the engine reads it: the shape and the line of each setting (the desk checks the
/// names against its keymap: KeymapSettingsTests).
@Suite("Config [keys]")
struct KeysConfigTests {
    @Test("a key or an array of keys per command, each with its file and line")
    func settingsKeepTheirLines() throws {
        let config = try parseConfig("[keys]\n# rebinding\nhold = \"h\"\nredraw = [\"C-l\", \"<F5>\"]\n")
        #expect(
            config.keyBindings == [
                KeySetting(command: "hold", keys: ["h"], file: "/cfg/config.toml", line: 3),
                KeySetting(command: "redraw", keys: ["C-l", "<F5>"], file: "/cfg/config.toml", line: 4),
            ])
    }

    @Test("a number, an empty key or a mixed array is refused at its line")
    func wrongShapesAreRefused() {
        let found = problems("[keys]\nhold = 1\napprove = \"\"\nsend = [\"s\", 2]\n")
        #expect(found.compactMap(\.line).sorted() == [2, 3, 4])
        #expect(found.allSatisfy { $0.kind == .wrongType && $0.location?.hasPrefix("[keys] ") == true })
    }
}
