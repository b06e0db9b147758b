import FlagdeskCore
import Testing

@testable import FlagdeskTUI

@MainActor
struct MemoryScreenTests {
    let screen = MemoryScreen(size: TerminalSize(rows: 3, columns: 10))

    func row(_ index: Int) -> Substring {
        screen.snapshot().split(separator: "\n", omittingEmptySubsequences: false)[index]
    }

    @Test func asciiTextLandsWhereItIsPut() {
        screen.put("hello", at: TerminalPosition(row: 1, column: 2))
        #expect(screen.snapshot() == "\n  hello\n")
    }

    @Test func wideCharactersOccupyTwoCells() {
        screen.put("東京x", at: TerminalPosition(row: 0, column: 0))
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 0)).text == "東")
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 1)).isContinuation)
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 2)).text == "京")
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 4)).text == "x")
        #expect(screen.snapshot(trimmingTrailingSpaces: false).split(separator: "\n").first == "東京x     ")
    }

    @Test func emojiSequencesAndCombiningMarksTakeTheirDisplayWidth() {
        screen.put("👨‍👩‍👧e\u{301}🇫🇷|", at: TerminalPosition(row: 0, column: 0))
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 2)).text == "e\u{301}")
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 3)).text == "🇫🇷")
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 5)).text == "|")
    }

    @Test func textIsClippedAtTheRightEdgeWithoutHalfCharacters() {
        screen.put("abcdefgh東京", at: TerminalPosition(row: 0, column: 0))
        #expect(screen.snapshot(trimmingTrailingSpaces: false).hasPrefix("abcdefgh東\n"))
        screen.put("東京都庁", at: TerminalPosition(row: 1, column: 3))  // 7 cells left: 3 fit
        #expect(row(1) == "   東京都")
        #expect(screen.cell(at: TerminalPosition(row: 1, column: 9)) == .blank)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        screen.put("東京", at: TerminalPosition(row: 0, column: 0))
        screen.put("a", at: TerminalPosition(row: 0, column: 1))  // right half of 東
        #expect(row(0) == " a京")
        screen.put("b", at: TerminalPosition(row: 0, column: 2))  // left half of 京
        #expect(row(0) == " ab")
        #expect(!screen.cell(at: TerminalPosition(row: 0, column: 3)).isContinuation)
    }

    @Test(arguments: [
        ("\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "^[]52;c;cm"),
        ("\u{1B}[2Jx", "^[[2Jx"),
        ("a\u{9B}1m", "a<U+009B>1"),
        ("bad\u{202E}fdp.exe", "bad<U+202E"),
        ("a\rb\nc\td\u{0}", "a^Mb^Jc^Id"),
    ])
    func hostileTextIsSanitisedOnPut(text: String, expected: String) {
        screen.put(text, at: TerminalPosition(row: 2, column: 0))
        #expect(row(2) == expected)
        #expect(!row(2).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func aLoneCombiningMarkDoesNotAlterTheCellBeforeIt() {
        screen.put("ab", at: TerminalPosition(row: 0, column: 0))
        screen.put("\u{301}c", at: TerminalPosition(row: 0, column: 2))
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 1)).text == "b")
        #expect(row(0) == "ab\u{25CC}\u{301}c")
    }

    @Test func putOutsideTheScreenDrawsNothing() {
        screen.put("x", at: TerminalPosition(row: 3, column: 0))
        screen.put("x", at: TerminalPosition(row: -1, column: 0))
        screen.put("x", at: TerminalPosition(row: 0, column: 10))
        screen.put("x", at: TerminalPosition(row: 0, column: -2))
        #expect(screen.snapshot() == "\n\n")
    }

    @Test func attributesAreKeptPerCell() {
        let style = TextAttributes(bold: true, color: .green)
        screen.put("ok", at: TerminalPosition(row: 0, column: 0), attributes: style)
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 1)).attributes == style)
        #expect(screen.cell(at: TerminalPosition(row: 0, column: 2)).attributes == .normal)
    }

    @Test func clearResizeAndScriptedKeys() {
        screen.put("text", at: TerminalPosition(row: 0, column: 0))
        screen.clear()
        #expect(screen.snapshot() == "\n\n")
        screen.enqueue(.rune("j"), .control("c"))
        screen.resize(to: TerminalSize(rows: 2, columns: 4))
        #expect(screen.size == TerminalSize(rows: 2, columns: 4))
        #expect(screen.readKey(timeout: .zero) == .rune("j"))
        #expect(screen.readKey(timeout: .zero) == .control("c"))
        #expect(screen.readKey(timeout: .zero) == .resize)
        #expect(screen.readKey(timeout: .milliseconds(10)) == nil)
        screen.refresh()
        #expect(screen.refreshCount == 1)
    }
}
