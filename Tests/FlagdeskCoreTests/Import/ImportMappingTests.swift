import Foundation
import Testing

@testable import FlagdeskCore

private func readCSV(_ text: String, mapping: ColumnMapping = .aliases()) throws -> (ImportReader, [ImportRecord]) {
    var reader = ImportReader(format: .csv, mapping: mapping)
    var records: [ImportRecord] = []
    try reader.feed(Array(text.utf8)) { records.append($0) }
    try reader.finish { records.append($0) }
    return (reader, records)
}

@Suite("Import: column mapping and row validation")
struct ImportMappingTests {
    @Test func headersAreMatchedByAlias() throws {
        let (reader, records) = try readCSV(
            "Link;Threat to life;Content-Type;Partner ID\nhttps://a.test/1;x;image|video;77\n")
        #expect(records.count == 1)
        #expect(records[0].values == [.url: "https://a.test/1", .threatToLife: "x", .contentTypes: "image|video"])
        #expect(reader.ignoredColumns == ["Partner ID"])
        #expect(reader.delimiter == UInt8(ascii: ";"))
    }

    @Test func configuredAliasesAndNamedMappings() throws {
        let extra = ColumnMapping.aliases(extra: [.explanation: ["Analyst note"]])
        let (_, records) = try readCSV("url,analyst note\nhttps://a.test/1,seen\n", mapping: extra)
        #expect(records[0].values[.explanation] == "seen")

        let named = ColumnMapping.named("iccam", columns: [.url: "Reported URL", .explanation: "Remarks"])
        let (reader, mapped) = try readCSV(
            "Reported URL,Remarks,url\nhttps://a.test/1,r,https://ignored\n", mapping: named)
        #expect(mapped[0].values == [.url: "https://a.test/1", .explanation: "r"])
        #expect(reader.ignoredColumns == ["url"])
    }

    @Test func missingOrAmbiguousURLColumnIsAFileError() {
        #expect(throws: ImportFileError.self) { try readCSV("street,note\nx,y\n") }
        #expect(throws: ImportFileError.self) { try readCSV("url,link\nhttps://a.test/1,https://a.test/2\n") }
        #expect(throws: ImportFileError.self) { try readCSV("") }
    }

    @Test func rowsAreValidatedLikeAdd() throws {
        let (_, records) = try readCSV(
            """
            url,category,keywords,minor,threat_to_life,source
            https://EXAMPLE.test/a#frag,protection-of-minors,KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL;grooming-sexual-enticement-minors,Y,0,hotline
            ftp://example.test/a,,,,,
            https://example.test/b,trafficking,,,,
            https://example.test/c,,,maybe,,
            https://example.test/d,,,,soon,
            https://example.test/e,,,,,friend
            https://example.test/f,,,,,,extra
            ,,,,,

            """)
        var validator = ImportRowValidator(defaultSource: .partner)
        let results = records.map { validator.validate($0) }
        let first = try results[0].get()
        #expect(first.normalized.normalized == "https://example.test/a")
        #expect(first.category == .protectionOfMinors)
        #expect(first.keywords == [.childSexualAbuseMaterial, .groomingSexualEnticementMinors])
        #expect(first.minor == .yes)
        #expect(first.threatToLife == false)
        #expect(first.source == .hotline)
        #expect(first.line == 2)
        let reasons = results.dropFirst().map { result -> String in
            if case .failure(let rejection) = result { return "\(rejection.line): \(rejection.reason)" }
            return "accepted"
        }
        #expect(reasons[0].hasPrefix("3: URL refused"))
        #expect(reasons[1].hasPrefix("4: unknown category 'trafficking'"))
        #expect(reasons[2].hasPrefix("5: minor must be yes, no or unknown"))
        #expect(reasons[3].hasPrefix("6: threat_to_life must be yes or no"))
        #expect(reasons[4].hasPrefix("7: source must be one of"))
        #expect(reasons[5].hasPrefix("8: the row has 7 fields but the header has 6"))
        #expect(reasons[6] == "9: no URL")
        // The default source applies when the row names none.
        let (_, plain) = try readCSV("url\nhttps://example.test/z\n")
        #expect(try validator.validate(plain[0]).get().source == .partner)
    }
}
