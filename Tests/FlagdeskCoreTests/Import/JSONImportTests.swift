import Foundation
import Testing

@testable import FlagdeskCore

private func split(_ text: String, layout: JSONRecordSplitter.Layout, chunk: Int = 1 << 20) throws -> [JSONRecordText] {
    var splitter = JSONRecordSplitter(layout: layout)
    var records: [JSONRecordText] = []
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunk)
        try splitter.feed(bytes[start..<end]) { records.append($0) }
        start = end
    }
    try splitter.finish { records.append($0) }
    return records
}

@Suite("Import: JSON and NDJSON")
struct JSONImportTests {
    @Test func arrayIsSplitIntoElementsWithTheirLines() throws {
        let text = """
            [
              {"url": "https://a.test/1", "keywords": ["human-trafficking"]},
              {"url": "https://a.test/}2", "note": "a \\"quoted\\" ] bracket"}
            ]
            """
        for chunk in [1, 3, 7, 1000] {
            let records = try split(text, layout: .detect, chunk: chunk)
            #expect(records.map(\.line) == [2, 3], "chunk \(chunk)")
            #expect(records.first?.text == #"{"url": "https://a.test/1", "keywords": ["human-trafficking"]}"#)
        }
    }

    @Test func ndjsonIsOneRecordPerLine() throws {
        let records = try split("{\"url\":\"a\"}\n\n{\"url\":\"b\"}\r\nnot json\n", layout: .lines)
        #expect(records.map(\.line) == [1, 3, 4])
        #expect(records[2].text == "not json")
    }

    @Test func unclosedArrayIsAFileError() {
        #expect(throws: JSONStructureError.self) { try split("[{\"url\": \"a\"}", layout: .array) }
        #expect(throws: JSONStructureError.self) { try split("[{\"url\": \"a\"}] x", layout: .array) }
    }

    @Test func readerMapsKeysAndRejectsBrokenRecordsAlone() throws {
        var reader = ImportReader(format: .ndjson, mapping: .aliases())
        var records: [ImportRecord] = []
        let text = """
            {"URL": "https://a.test/1", "keywords": ["human-trafficking", "human-exploitation"], "threat_to_life": true, "partner_id": 7}
            {"url": "https://a.test/2", "minor": null
            {"link": "https://a.test/3", "category": {"nested": 1}}
            {"explanation": "no url here"}
            """
        try reader.feed(Array(text.utf8)) { records.append($0) }
        try reader.finish { records.append($0) }
        #expect(records.count == 4)
        #expect(records[0].values[.url] == "https://a.test/1")
        #expect(records[0].values[.keywords] == "human-trafficking|human-exploitation")
        #expect(records[0].values[.threatToLife] == "true")
        #expect(records[0].problem == nil)
        #expect(reader.ignoredColumns == ["partner_id"])
        #expect(records[1].problem != nil)
        #expect(records[2].problem != nil)
        #expect(records[3].problem?.contains("no URL column") == true)
    }
}
