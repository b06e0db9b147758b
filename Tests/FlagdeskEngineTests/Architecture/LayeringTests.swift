import Foundation
import Testing

/// The rules of the house (DESIGN.md §1), read from the sources: Core imports nothing but
/// Foundation; only the store touches SQLite; only the TUI touches ncurses; the CLI and the TUI
/// reach the store through the engine and never import it.
@Suite struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every module each target imports, with the file that imports it.
    static func imports(of target: String) throws -> [(module: String, file: String)] {
        let folder = sources.appendingPathComponent(target)
        guard let files = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [(String, String)] = []
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let position = words.firstIndex(of: "import"), position + 1 < words.count,
                    words[..<position].allSatisfy({
                        $0.hasPrefix("@") || ["internal", "public", "private"].contains($0)
                    })
                else { continue }
                found.append((String(words[position + 1]), "\(target)/\(file)"))
            }
        }
        return found
    }

    static let targets = [
        "FlagdeskCore", "FlagdeskStore", "FlagdeskDocuments", "FlagdeskEngine", "FlagdeskTUI", "flagdesk",
    ]

    @Test func theSourcesAreWhereTheRulesLook() throws {
        for target in Self.targets {
            #expect(try !Self.imports(of: target).isEmpty, "no imports found in Sources/\(target)")
        }
    }

    @Test func coreImportsNothingButFoundation() throws {
        let others = try Self.imports(of: "FlagdeskCore").filter { $0.module != "Foundation" }
        #expect(others.isEmpty, "\(others)")
    }

    @Test func onlyTheStoreTouchesSQLite() throws {
        for target in Self.targets where target != "FlagdeskStore" {
            let sqlite = try Self.imports(of: target).filter { $0.module.hasPrefix("GRDB") || $0.module == "SQLite3" }
            #expect(sqlite.isEmpty, "\(sqlite)")
        }
    }

    @Test func onlyTheTUITouchesNcurses() throws {
        for target in Self.targets where target != "FlagdeskTUI" {
            let curses = try Self.imports(of: target).filter { $0.module == "CNcursesw" }
            #expect(curses.isEmpty, "\(curses)")
        }
    }

    @Test func theFrontsReachTheStoreThroughTheEngine() throws {
        for target in ["FlagdeskTUI", "flagdesk"] {
            let store = try Self.imports(of: target).filter { $0.module == "FlagdeskStore" }
            #expect(store.isEmpty, "\(store)")
        }
    }
}
