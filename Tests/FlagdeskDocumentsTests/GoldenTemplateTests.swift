import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Every shipped template in every language, filled from the fixed context of `Fixtures`, must
/// give exactly the text in `Golden/<kind>.<language>.txt`. After a deliberate change to a
/// template, regenerate with `FLAGDESK_UPDATE_GOLDEN=1 swift test --filter GoldenTemplateTests`
/// and read the diff before committing.
@Suite struct GoldenTemplateTests {
    static let templates = Fixtures.catalog.entries().filter { $0.kind != nil && $0.partial == nil }

    @Test(arguments: templates.map(\.name))
    func matchesGolden(name: String) throws {
        let entry = try #require(Fixtures.catalog.entry(named: name))
        let kind = try #require(entry.kind)
        let rendered = try Fixtures.renderer.render(Fixtures.request(kind, language: entry.language), format: .txt)
        let text = "Subject: \(rendered.subject)\n\n\(rendered.text)"
        let file = Fixtures.golden.appendingPathComponent("\(kind.rawValue).\(entry.language).txt")
        if ProcessInfo.processInfo.environment["FLAGDESK_UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "\(name) differs from \(file.lastPathComponent)")
        #expect(rendered.missingKeys.isEmpty, "\(name): \(rendered.missingKeys)")
        #expect(!text.contains("[missing"), "\(name) shows a missing marker with a full context")
    }

    /// Issue 16, defect 12: every kind and every partial is shipped in the six languages, so a
    /// recipient is never written to in another language than the document states.
    @Test func everyKindAndPartialIsShippedInTheSixLanguages() {
        let names = Set(Fixtures.catalog.entries().map(\.name))
        let partials = Set(Fixtures.catalog.entries().compactMap(\.partial))
        #expect(partials.isSuperset(of: ["letterhead", "signature", "good-faith-statement", "non-consent-statement"]))
        for language in TemplateCatalog.requiredLanguages {
            for kind in DocumentKind.allCases {
                #expect(names.contains("\(kind.rawValue)/\(language)"), "\(kind.rawValue)/\(language)")
            }
            for partial in partials {
                #expect(names.contains("partials/\(partial)/\(language)"), "partials/\(partial)/\(language)")
            }
        }
    }

    @Test func everyGoldenFileBelongsToATemplate() throws {
        let names = Set(Self.templates.map { "\($0.kind!.rawValue).\($0.language).txt" })
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.golden.path)
        for file in files where file.hasSuffix(".txt") { #expect(names.contains(file), "stale golden \(file)") }
    }

    /// Legal wording cites the acts by their names in each language (issue 5).
    @Test(arguments: [
        ("fr", "règlement (UE) 2022/2065", "règlement (UE) 2016/679"),
        ("de", "Verordnung (EU) 2022/2065", "Verordnung (EU) 2016/679"),
        ("es", "Reglamento (UE) 2022/2065", "Reglamento (UE) 2016/679"),
        ("it", "regolamento (UE) 2022/2065", "regolamento (UE) 2016/679"),
        ("nl", "Verordening (EU) 2022/2065", "Verordening (EU) 2016/679"),
    ])
    func citesTheActsInTheDocumentsLanguage(language: String, dsa: String, gdpr: String) throws {
        let notice = try Fixtures.renderer.render(Fixtures.request(.dsaNotice, language: language), format: .txt)
        let erasure = try Fixtures.renderer.render(Fixtures.request(.gdprErasure, language: language), format: .txt)
        #expect(notice.text.localizedCaseInsensitiveContains(dsa))
        #expect(erasure.text.localizedCaseInsensitiveContains(gdpr))
        #expect(!notice.text.contains("Regulation (EU)"), "English left in the \(language) notice")
    }
}
