import FlagdeskCore
import Foundation

/// Writes a CSV of `rows` flagged URLs as a partner hotline would send it: `;`-separated with
/// a BOM and CRLF (spreadsheet habits), hosts of well-known platforms and many small sites,
/// about 2% repeated URLs, categories and keywords of the trafficking and exploitation area,
/// explanations with words to search for. Seeded: every run writes the same file. Written in
/// blocks, so the generator's memory stays small too.
enum SyntheticImportFile {
    static let platforms = [
        "www.instagram.com", "www.facebook.com", "www.tiktok.com", "x.com", "www.reddit.com", "t.me",
        "www.youtube.com", "www.onlyfans.com", "www.vinted.fr", "www.leboncoin.fr",
    ]
    static let keywordSets = [
        "human-trafficking", "human-trafficking|human-exploitation", "trafficking-women-girls",
        "non-consensual-image-sharing", "", "", "grooming-sexual-enticement-minors", "human-exploitation",
    ]
    static let words = [
        "passport", "debt", "transport", "apartment", "agency", "massage", "escort", "visa", "contract", "recruiter",
        "nightly", "new", "girls", "available", "travel", "cash", "photo", "phone", "hotel", "driver",
    ]

    /// Rows are numbered from `firstID` (their URLs name it): a file for a store that already
    /// holds `firstID` synthetic items brings new URLs, and repeats about 2% of earlier ones,
    /// stored items' included.
    static func write(rows: Int, to url: URL, firstID: Int = 0) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var generator = SeededGenerator(seed: 2022_2065)
        var block = "\u{FEFF}url;category;keywords;minor;threat_to_life;explanation;source\r\n"
        for index in firstID..<firstID + rows {
            let repeated = index > 100 && Int.random(in: 0..<50, using: &generator) == 0
            let id = repeated ? Int.random(in: 0..<index, using: &generator) : index
            let host =
                id % 3 == 0
                ? platforms[id % platforms.count] : "site\(id % 4_999).example-host\(id % 7).test"
            let category = id % 4 == 0 ? "protection-of-minors" : (id % 4 == 1 ? "violence" : "")
            let keywords = keywordSets[id % keywordSets.count]
            let minor = id % 11 == 0 ? "yes" : (id % 3 == 0 ? "no" : "")
            let threat = id % 97 == 0 ? "yes" : ""
            let explanation = (0..<6).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }
                .joined(separator: " ")
            block += "https://\(host)/p/\(id)?ref=\(id % 13);\(category);\(keywords);\(minor);\(threat);"
            block += "\"Ad \(id): \(explanation)\";partner\r\n"
            if block.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(block.utf8))
                block = ""
            }
        }
        try handle.write(contentsOf: Data(block.utf8))
    }
}
