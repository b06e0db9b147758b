import Testing

@testable import FlagdeskCore

struct DisplayWidthTests {
    static let widths: [(String, Int)] = [
        ("", 0), ("abc", 3), ("café", 4), ("cafe\u{301}", 4), ("a\u{0301}\u{0302}\u{0323}", 1),
        ("Ελληνικά", 8), ("東京都庁", 8), ("ひらがな", 8), ("カタカナ", 8), ("ｶﾀｶﾅ", 4),
        ("Ａｂｃ", 6), ("한국어", 6), ("\u{1100}\u{1161}\u{11A8}", 2), ("中文，标点。", 12),
        ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧‍👦", 2), ("🧑🏿‍🚀", 2), ("🇫🇷", 2), ("🇫🇷🇩🇪", 4),
        ("🇫", 1), ("1️⃣", 2), ("#️⃣", 2), ("❤️", 2), ("❤", 1), ("☝🏻", 2),
        ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", 2), ("\u{301}", 0),
        ("\u{200B}", 0), ("a\u{200D}b", 2), ("…", 1), ("a\u{0}b", 2), ("कि", 2), ("\u{25CC}\u{301}", 1),
        ("\u{3099}", 0), ("\u{00AD}", 1), ("𠀋", 2), ("\u{2FFC}", 2), ("\u{31EF}", 2),
    ]

    @Test(arguments: widths)
    func widthOfText(text: String, cells: Int) {
        #expect(DisplayWidth.width(of: text) == cells)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x1B)!) == 0)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x9B)!) == 0)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x3000)!) == 2)  // ideographic space
        #expect(DisplayWidth.width(of: Unicode.Scalar(0xFF61)!) == 1)  // halfwidth full stop
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x1F600)!) == 2)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x2764)!) == 1)  // text-default heart
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x0600)!) == 1)  // visible format character
    }

    @Test func truncateKeepsWholeClustersAndAddsAnEllipsis() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4) == "abc…")
        #expect(DisplayWidth.truncate("abcd", toWidth: 4) == "abcd")
        #expect(DisplayWidth.truncate("東京都庁", toWidth: 5) == "東京…")
        #expect(DisplayWidth.truncate("東京都庁", toWidth: 4) == "東…")  // 東京 + … would be 5
        #expect(DisplayWidth.truncate("cafe\u{301}s and more", toWidth: 5) == "cafe\u{301}…")
        #expect(DisplayWidth.truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", toWidth: 3) == "👨‍👩‍👧‍👦…")
        #expect(DisplayWidth.truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", toWidth: 2) == "…")
        #expect(DisplayWidth.truncate("🇫🇷🇩🇪🇮🇹", toWidth: 4) == "🇫🇷…")
        #expect(DisplayWidth.truncate("abc", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("abc", toWidth: -3) == "")
    }

    @Test func truncateWithAWideOrCustomEllipsis() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 5, ellipsis: "...") == "ab...")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "") == "abcd")
    }

    @Test func padAndFit() {
        #expect(DisplayWidth.pad("東", toWidth: 4) == "東  ")
        #expect(DisplayWidth.pad("東", toWidth: 4, alignment: .right) == "  東")
        #expect(DisplayWidth.pad("東京都", toWidth: 4) == "東京都")
        #expect(DisplayWidth.pad("e\u{301}", toWidth: 3) == "e\u{301}  ")
        #expect(DisplayWidth.fit("東京都", toWidth: 4) == "東… ")
        #expect(DisplayWidth.fit("東京都", toWidth: 5) == "東京…")
        #expect(DisplayWidth.fit("ab", toWidth: 4, alignment: .right) == "  ab")
    }
}
