import FlagdeskCore
import Testing

/// What the fuzz targets found, each pinned down by a test (the inputs themselves are replayed
/// from `Fuzz/Regressions/` by `FuzzCorpusTests`).
@Suite struct FuzzRegressionTests {
    static func records(_ text: String, format: ImportFormat) throws -> [ImportRecord] {
        var reader = ImportReader(format: format, mapping: .aliases())
        var records: [ImportRecord] = []
        try reader.feed(Array(text.utf8)) { records.append($0) }
        try reader.finish { records.append($0) }
        return records
    }

    /// Found by `json` (Fuzz/Regressions/json/ndjson-duplicate-key-nul-chunks): a record with two
    /// keys for one field took whichever the dictionary gave first, so the same file imported
    /// differently from run to run. Now the row is refused and names both keys.
    @Test(arguments: [ImportFormat.ndjson, .json])
    func twoKeysForOneFieldRefuseTheRowNamingBoth(format: ImportFormat) throws {
        let object =
            #"{"url":"https://b.example/2","Tags":"grooming","tags":"human-trafficking"}"#
        let text = format == .json ? "[\(object)]" : object + "\n"
        for _ in 0..<20 {
            let record = try #require(try Self.records(text, format: format).first)
            #expect(record.problem == "keys 'Tags' and 'tags' both map to keywords; rename or remove one")
            #expect(record.values.isEmpty)
        }
        let aliases = try #require(
            try Self.records(#"{"link":"https://a.example/1","url":"https://b.example/2"}"# + "\n", format: .ndjson)
                .first)
        #expect(aliases.problem == "keys 'link' and 'url' both map to url; rename or remove one")
    }
}
