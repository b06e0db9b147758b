import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Whole exports against files in `Golden/exports/`: the e-mail headers and MIME layout, the JSON
/// document and the report in every format. Regenerate after a deliberate change with
/// `FLAGDESK_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests`, then read the diff.
@Suite struct GoldenExportTests {
    func expectGolden(_ text: String, _ name: String) throws {
        let file = Fixtures.golden.appendingPathComponent("exports").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FLAGDESK_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: file)
        }
        let expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(text == expected, "differs from Golden/exports/\(name)")
    }

    @Test(arguments: [
        (DocumentKind.dsaNotice, "en", ExportFormat.eml), (.dsaNotice, "en", .json), (.dsaNotice, "fr", .md),
        (.reminder, "de", .eml), (.gdprErasure, "it", .eml),
    ])
    func documentExports(kind: DocumentKind, language: String, format: ExportFormat) throws {
        let rendered = try Fixtures.renderer.render(Fixtures.request(kind, language: language), format: format)
        try expectGolden(rendered.text, "\(kind.rawValue).\(language).\(format.rawValue)")
    }

    @Test(arguments: ReportFormat.allCases)
    func reports(format: ReportFormat) throws {
        let text = try ReportWriter.write(AnnualReport(AnnualReportTests.input), format: format)
        try expectGolden(text, "report.\(format.rawValue)")
    }

    @Test func calendar() throws {
        try expectGolden(
            CalendarWriter.write(CalendarWriterTests().deadlines, deskID: "3f9a0c2e1b7d4a55", now: Fixtures.now),
            "deadlines.ics")
    }
}
