import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

@Suite struct ExportFormatTests {
    func sent(_ format: String, text: String) -> RenderRequest {
        var request = Fixtures.request(.dsaNotice, status: .sent)
        request.document.sentAt = ISO8601.parseInstant("2026-11-21T10:00:00Z")
        request.document.frozen = FrozenText(text: text, sha256: SHA256Hex.of(Data(text.utf8)), format: format)
        return request
    }

    @Test func aSentDocumentExportsItsFrozenTextByteForByte() throws {
        // Text no template would produce, with CRLF and trailing spaces: it must come back as is.
        let frozen = "As sent \r\n with odd  spacing\tand no final newline"
        let request = sent("txt", text: frozen)
        #expect(try Fixtures.renderer.render(request, format: .txt).text == frozen)
        let eml = try Fixtures.renderer.render(request, format: .eml).text
        #expect(eml.contains(MIMEEncoding.quotedPrintable(frozen)))
        #expect(eml.contains("Date: Sat, 21 Nov 2026 11:00:00 +0100"))
        let json =
            try JSONSerialization.jsonObject(with: Data(try Fixtures.renderer.render(request, format: .json).text.utf8))
            as? [String: Any]
        #expect(json?["text"] as? String == frozen)
        #expect(json?["frozen"] as? Bool == true)
    }

    @Test func anEmailSentDocumentIsNotReRenderedAsText() throws {
        let request = sent("eml", text: "From: x\r\n\r\nbody\r\n")
        #expect(try Fixtures.renderer.render(request, format: .eml).text == "From: x\r\n\r\nbody\r\n")
        #expect(throws: DocumentsError.self) { try Fixtures.renderer.render(request, format: .txt) }
    }

    @Test func theJSONExportCarriesTheArt16ElementsInTransparencyDatabaseTerms() throws {
        let text = try Fixtures.renderer.render(Fixtures.request(.dsaNotice), format: .json).text
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["source_type"] as? String == "SOURCE_TRUSTED_FLAGGER")
        #expect(json["category"] as? String == "STATEMENT_CATEGORY_PROTECTION_OF_MINORS")
        #expect(json["category_specification"] as? [String] == ["KEYWORD_HUMAN_TRAFFICKING"])
        #expect(json["content_type"] as? [String] == ["CONTENT_TYPE_VIDEO"])
        let art16 = try #require(json["art16"] as? [String: Any])
        #expect(art16["exact_locations"] as? [String] == ["https://video.example/watch?v=abc"])
        #expect(art16["bona_fide_statement"] as? Bool == true)
        #expect((art16["explanation"] as? String)?.hasPrefix("The video advertises") == true)
        let notifier = try #require(json["notifier"] as? [String: Any])
        #expect(notifier["email"] as? String == "notices@veilig.example")
        let body = try #require(json["text"] as? String)
        #expect(json["text_sha256"] as? String == SHA256Hex.of(Data(body.utf8)))
    }

    /// The keys the schema marks required are present, for every kind.
    @Test(arguments: DocumentKind.allCases)
    func theJSONExportHasTheSchemasRequiredKeys(kind: DocumentKind) throws {
        let schemaURL = Fixtures.repository.appendingPathComponent("Schemas/document.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let required = try #require(schema["required"] as? [String])
        let properties = try #require(schema["properties"] as? [String: Any])
        let text = try Fixtures.renderer.render(Fixtures.request(kind), format: .json).text
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in required { #expect(json[key] != nil, "\(kind.rawValue): \(key) missing") }
        for key in json.keys { #expect(properties[key] != nil, "\(kind.rawValue): \(key) not in the schema") }
    }

    /// The schema's vocabulary is the Transparency Database's, as Core knows it.
    @Test func theSchemaListsEveryTransparencyDatabaseValue() throws {
        let schemaURL = Fixtures.repository.appendingPathComponent("Schemas/document.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["category"]?["enum"] as? [String] == DSACategory.allCases.map(\.rawValue))
        let keywords = (properties["category_specification"]?["items"] as? [String: Any])?["enum"] as? [String]
        #expect(keywords == DSAKeyword.allCases.map(\.rawValue))
        let types = (properties["content_type"]?["items"] as? [String: Any])?["enum"] as? [String]
        #expect(types == DSAContentType.allCases.map(\.rawValue))
        let kinds = (properties["kind"]?["enum"] as? [String])
        #expect(kinds == DocumentKind.allCases.map(\.rawValue))
    }

    @Test func markdownKeepsTheLettersLineBreaks() throws {
        let md = try Fixtures.renderer.render(Fixtures.request(.dsaNotice), format: .md).text
        #expect(md.hasPrefix("# Notice of illegal content under Article 16 DSA – N-2026-00042\n\n"))
        #expect(md.contains("Stichting Veilig Online  \nKeizersgracht 1"))
    }
}
