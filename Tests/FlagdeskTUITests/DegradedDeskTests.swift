import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// The desk where the terminal or the store gives less (issue #17): a locale without UTF-8
/// (`LANG=C`), a store this account may not change.
@MainActor
struct DegradedDeskTests {
    /// The same store opened again, read-only (as a store without write permission opens).
    func readOnlyDesk(_ desk: Desk) throws -> Desk {
        let home = desk.store.folder.deletingLastPathComponent().path
        var options = DeskOptions(
            configPath: nil, storePath: desk.store.folder.path, now: fixedNow,
            environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "TZ": "UTC"],
            process: AccountNamed(login: "alice"))
        options.readOnly = true
        return try Desk.open(options)
    }

    @Test func withoutUTF8EveryCellIsASCIIAndTheColumnsStay() throws {
        let controller = try DeskController(desk: makeDesk())
        selectHostileItem(controller)
        let size = TerminalSize(rows: 24, columns: 80)
        let utf8 = MemoryScreen(size: size)
        render(controller, on: utf8)
        let ascii = MemoryScreen(size: size)
        ascii.asciiOnly = true
        render(controller, on: ascii)
        expectSnapshot(ascii, named: "queue-ascii-80x24")
        let text = ascii.snapshot()
        let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty)
        #expect(text.contains("alice (coordinator) | overdue"))
        #expect(text.contains("-- FD-"), "the preview's rule is drawn with '-'")
        // Column for column: each character took as many cells as the one it replaces.
        let utf8Lines = utf8.snapshot().split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(line.count == DisplayWidth.width(of: String(utf8Lines[index])), "row \(index)")
        }
    }

    @Test func theFallbackKeepsWidths() {
        #expect(AsciiFallback.text("── FD-1 …") == "-- FD-1 ~")
        #expect(AsciiFallback.text("東京 café") == "???? caf?")
        #expect(AsciiFallback.text("plain") == "plain")
    }

    @Test func aReadOnlyStoreOpensSaysSoAndRefusesEveryWritingKeyAtOnce() throws {
        let desk = try readOnlyDesk(try makeDesk())
        #expect(desk.readOnlyReason != nil)
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("j"))
        #expect(controller.state.queue.selectedPosition == 1, "reading works")
        for key: Key in [.rune("H"), .rune("t"), .rune("c"), .rune("X")] {
            controller.handle(key)
            #expect(controller.state.prompt == nil, "\(key) asked a question")
            #expect(controller.state.message?.text.hasPrefix("read-only store") == true, "\(key)")
            #expect(controller.state.screen.isQueue)
        }
        controller.handle(.enter)
        #expect(controller.state.context == .item, "opening an item is reading")
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 80))
        controller.screenSize = screen.size
        DeskView(
            state: controller.state, context: controller.viewContext, keymap: controller.keymap,
            identity: DeskIdentity(user: "alice", role: "coordinator", store: "/srv/flagdesk", isReadOnly: true)
        ).draw(on: screen)
        #expect(screen.snapshot().contains("alice (coordinator) │ READ-ONLY store"))
    }

    @Test func theEngineRefusesAWriteInPlainWordsNamingThePathAndTheFix() throws {
        let desk = try readOnlyDesk(try makeDesk(demo: false, hostile: false))
        let before = try desk.queueCount(.inbox)
        do {
            _ = try desk.add(AddItemRequest(url: "https://example.com/ad/ro", source: .hotline))
            Issue.record("a read-only store took a new item")
        } catch {
            let text = error.description
            #expect(text.contains("read-only"))
            #expect(text.contains(desk.store.folder.path))
            #expect(text.contains("chmod u+w"))
            for word in ["SQL", "sqlite3", "readonly database", "SQLITE"] { #expect(!text.contains(word)) }
        }
        #expect(try desk.queueCount(.inbox) == before)
    }

    @Test func aReboundKeyRunsItsCommandAndTheHintsFollow() throws {
        let settings = try ConfigLoader.parse(
            text: "[keys]\nhold = \"C-o\"\n", file: "/cfg/config.toml", environment: [:]
        ).keyBindings
        let keymap = try Keymap.standard.configured(by: settings)
        let controller = try DeskController(desk: makeDesk(), keymap: keymap)
        controller.handle(.rune("H"))
        #expect(controller.state.prompt == nil)
        controller.handle(.control("o"))
        #expect(controller.state.prompt?.label.contains("LEA hold?") == true)
        controller.handle(.rune("n"))
        controller.handle(.enter)
        #expect(HintLine.text(for: .item, keymap: keymap).contains("C-o:hold"))
        #expect(HintLine.text(for: .item, keymap: .standard).contains("H:hold"))
    }
}

extension Screen {
    var isQueue: Bool {
        if case .queue = self { return true }
        return false
    }
}
