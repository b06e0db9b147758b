import FlagdeskCore
import FlagdeskEngine
import Testing

@testable import FlagdeskTUI

/// Every screen at 80x24 and 132x43 against golden text, and the hostile item's text visibly
/// escaped, never raw, wherever it shows.
@MainActor
struct ViewSnapshotTests {
    nonisolated static let sizes = [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 43, columns: 132)]

    func expectSafe(_ screen: MemoryScreen, _ name: String) {
        #expect(rawControlScalars(in: screen).isEmpty, "raw control characters on \(name)")
    }

    @Test(arguments: sizes) func queueScreen(size: TerminalSize) throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        selectHostileItem(controller)
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "queue-\(size)")
        expectSafe(screen, "queue")
        let text = screen.snapshot()
        // The hostile item is selected, so its preview is on screen.
        #expect(text.contains("^[]52;c;SGVsbG8=^G"))
        #expect(text.contains("<U+009B>31mred"))
        #expect(text.contains("invoice<U+202E>fdp.exe"))
        #expect(text.contains("https://例え.jp/広告/東京?id=1"), "the URL is shown as given, wide characters and all")
        #expect(text.contains("1:Inbox \(try desk.queueCount(.inbox))"))
        let overdue = try desk.queueCounts().overdue
        #expect(overdue > 0, "the demo desk has overdue deadlines")
        #expect(text.contains("\(desk.actor) (coordinator) │ overdue \(overdue) │ action needed"))
    }

    @Test func wideCharactersTakeTwoCellsInThePreview() throws {
        let controller = try DeskController(desk: makeDesk())
        selectHostileItem(controller)
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        render(controller, on: screen)
        let lines = screen.snapshot().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("東京の広告") })
        let column = DisplayWidth.width(of: String(lines[row].prefix { $0 != "東" }))
        #expect(screen.cell(at: TerminalPosition(row: row, column: column)).text == "東")
        #expect(screen.cell(at: TerminalPosition(row: row, column: column + 1)).isContinuation)
        #expect(screen.cell(at: TerminalPosition(row: row, column: column + 2)).text == "京")
        #expect(lines[row].contains("👩‍👩‍👧 café"))
    }

    @Test(arguments: sizes) func itemScreen(size: TerminalSize) throws {
        let controller = try DeskController(desk: makeDesk())
        let screen = MemoryScreen(size: size)
        selectHostileItem(controller)
        controller.handle(.enter)
        render(controller, on: screen)
        expectSnapshot(screen, named: "item-\(size)")
        expectSafe(screen, "item")
        #expect(screen.snapshot().contains("^[]52;c;SGVsbG8=^G"))
        if size.rows >= 43 { #expect(screen.snapshot().contains("Timeline (1)")) }
    }

    @Test(arguments: sizes) func helpScreen(size: TerminalSize) throws {
        let controller = try DeskController(desk: makeDesk(demo: false, hostile: false))
        let screen = MemoryScreen(size: size)
        controller.handle(.rune("?"))
        render(controller, on: screen)
        expectSnapshot(screen, named: "help-\(size)")
    }

    @Test(arguments: sizes) func reportScreen(size: TerminalSize) throws {
        let controller = try DeskController(desk: makeDesk())
        let screen = MemoryScreen(size: size)
        controller.handle(.rune("R"))
        render(controller, on: screen)
        expectSnapshot(screen, named: "report-\(size)")
        #expect(screen.snapshot().contains("DSA Art. 22(3) report 2026"))
        #expect(screen.snapshot().contains("█"))
    }

    @Test func barsAreDrawnInEighthsOfACell() {
        #expect(ReportView.bar(10, of: 10, width: 4) == "████")
        #expect(ReportView.bar(5, of: 10, width: 4) == "██")
        #expect(ReportView.bar(1, of: 16, width: 4) == "▎")
        #expect(ReportView.bar(1, of: 1_000, width: 4) == "▏", "a count above zero is never an empty bar")
        #expect(ReportView.bar(0, of: 10, width: 4) == "")
    }

    @Test func hostileTextTypedAtThePromptIsEscapedToo() throws {
        let controller = try DeskController(desk: makeDesk(demo: false, hostile: false))
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 80))
        controller.handle(.rune("/"))
        for scalar in "a\u{202E}b".unicodeScalars { controller.handle(.rune(scalar)) }
        render(controller, on: screen)
        expectSafe(screen, "prompt")
        #expect(screen.snapshot().split(separator: "\n").last == "/a<U+202E>b")
    }

    @Test func belowTheMinimumSizeAMessageShowsAndNothingBreaks() throws {
        let controller = try DeskController(desk: makeDesk())
        for size in [
            TerminalSize(rows: 11, columns: 80), TerminalSize(rows: 24, columns: 59), TerminalSize(rows: 1, columns: 1),
            TerminalSize(rows: 0, columns: 0),
        ] {
            let screen = MemoryScreen(size: size)
            render(controller, on: screen)
            if size.rows >= 3, size.columns >= 30 {
                #expect(screen.snapshot().contains("Terminal too small: \(size.columns)x\(size.rows)"))
            }
        }
        let screen = MemoryScreen(size: TerminalSize(rows: 11, columns: 80))
        render(controller, on: screen)
        expectSnapshot(screen, named: "too-small-80x11")
    }
}
