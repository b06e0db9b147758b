import Foundation
import Testing

@testable import FlagdeskCore

/// Parses `text` fed in chunks of `chunk` bytes, so every boundary case is crossed.
func parseCSV(_ text: String, chunk: Int = 1 << 20, delimiter: UInt8? = nil) throws -> [CSVRecord] {
    parseCSVBytes(Array(text.utf8), chunk: chunk, delimiter: delimiter)
}

func parseCSVBytes(_ bytes: [UInt8], chunk: Int, delimiter: UInt8? = nil) -> [CSVRecord] {
    var parser = CSVParser(delimiter: delimiter)
    var records: [CSVRecord] = []
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunk)
        try? parser.feed(bytes[start..<end]) { records.append($0) }
        start = end
    }
    try? parser.finish { records.append($0) }
    return records
}

@Suite("Import: CSV parser")
struct CSVParserTests {
    @Test func plainCommaSeparatedWithLF() throws {
        let records = try parseCSV("url,category\nhttps://a.test/1,violence\nhttps://a.test/2,\n")
        #expect(
            records.map(\.fields) == [
                ["url", "category"], ["https://a.test/1", "violence"], ["https://a.test/2", ""],
            ])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func spreadsheetHabits() throws {
        // BOM, semicolons, CRLF, a quoted field with a line break, a doubled quote, no final newline.
        let text =
            "\u{FEFF}URL;Explanation;Minor\r\nhttps://a.test/1;\"Says \"\"help\"\"\r\nand more\";yes\r\n"
            + "https://a.test/2;\"a;b\";no"
        let records = try parseCSV(text)
        #expect(records.count == 3)
        #expect(records[0].fields == ["URL", "Explanation", "Minor"])
        #expect(records[1].fields == ["https://a.test/1", "Says \"help\"\r\nand more", "yes"])
        #expect(records[2].fields == ["https://a.test/2", "a;b", "no"])
        // The record after a two-line field starts on line 4.
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func everyChunkSizeGivesTheSameRecords() throws {
        let text = "\u{FEFF}url;note\r\n\"x\";\"multi\nline \"\"q\"\"\"\r\n\r\ny;z\rlast;one"
        let whole = try parseCSV(text)
        #expect(whole.count == 4)
        for chunk in 1...12 {
            #expect(try parseCSV(text, chunk: chunk) == whole, "chunk size \(chunk)")
        }
    }

    /// Old Mac spreadsheets end lines with CR alone: a line break inside a quoted field stays a
    /// line break (LF, as the rest of the desk writes it), also as the field's last character and
    /// across chunk boundaries; a CRLF inside quotes is kept as it was.
    @Test(arguments: [1, 2, 3, 5, 1 << 20])
    func crOnlyLineEndsKeepLineBreaksInQuotedFields(chunk: Int) throws {
        let records = try parseCSV(
            "url,explanation\rhttps://a.test/1,\"first\rsecond\"\rhttps://a.test/2,\"x\r\"\r"
                + "https://a.test/3,\"crlf\r\nkept\"\r",
            chunk: chunk)
        #expect(
            records.map(\.fields) == [
                ["url", "explanation"], ["https://a.test/1", "first\nsecond"], ["https://a.test/2", "x\n"],
                ["https://a.test/3", "crlf\r\nkept"],
            ])
        #expect(records.map(\.line) == [1, 2, 4, 6])
    }

    @Test func delimiterIsDetectedFromTheHeaderOnly() {
        #expect(CSVParser.detectDelimiter(Array("a;b;c".utf8)) == UInt8(ascii: ";"))
        #expect(CSVParser.detectDelimiter(Array("a,b;c,d".utf8)) == UInt8(ascii: ","))
        #expect(CSVParser.detectDelimiter(Array("\"a;b\",c".utf8)) == UInt8(ascii: ","))
        #expect(CSVParser.detectDelimiter(Array("a\tb".utf8)) == UInt8(ascii: "\t"))
        #expect(CSVParser.detectDelimiter(Array("url".utf8)) == UInt8(ascii: ","))
    }

    @Test func blankLinesAreSkippedButEmptyTrailingFieldsKept() throws {
        let records = try parseCSV("a,b\n\n1,\n\n")
        #expect(records.map(\.fields) == [["a", "b"], ["1", ""]])
    }

    @Test func unclosedQuoteIsAFileError() {
        var parser = CSVParser()
        var records: [CSVRecord] = []
        #expect(throws: CSVError(line: 2, reason: "a quoted field is never closed (a \" is missing)")) {
            try parser.feed(Array("url\n\"https://a.test/\n".utf8)) { records.append($0) }
            try parser.finish { records.append($0) }
        }
    }

    @Test func invalidUTF8IsFlaggedNotHidden() {
        // "café" in Latin-1.
        let records = parseCSVBytes(Array("url\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A], chunk: 100)
        #expect(records.count == 2)
        #expect(records[1].invalidUTF8)
        #expect(!records[0].invalidUTF8)
    }

    @Test func writerRoundTrips() throws {
        let rows = [["line", "reason"], ["3", "URL refused: \"ftp\", not http"], ["4", "two\nlines;x"]]
        let text = rows.map(CSVWriter.row).joined()
        #expect(try parseCSV(text).map(\.fields) == rows)
    }
}
