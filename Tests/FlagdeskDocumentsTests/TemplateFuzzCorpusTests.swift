import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// The template fuzz target's seeds (`Fuzz/Corpus/template/`) and past findings
/// (`Fuzz/Regressions/template/`): a user's template for `dsa-notice/en`, a NUL byte, a user's
/// `letterhead` partial, a NUL byte, then outside values one per line. Each renders in every
/// format or fails with a `DocumentsError`, never a crash.
@Suite struct TemplateFuzzCorpusTests {
    static let fuzzFolder = Fixtures.repository.appendingPathComponent("Fuzz")

    @Test func everyInputRendersOrFailsWithADocumentsError() throws {
        var inputs = 0
        for kind in ["Corpus", "Regressions"] {
            let folder = Self.fuzzFolder.appendingPathComponent("\(kind)/template")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let parts = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
                    .split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }
                let user = try TemporaryFolder()
                try user.write("dsa-notice/en.mustache", parts.first ?? "")
                try user.write("partials/letterhead/en.mustache", parts.count > 1 ? parts[1] : "")
                let values = parts.count > 2 ? parts[2].split(separator: "\n").map(String.init) : []
                var request = Fixtures.request(.dsaNotice)
                if !values.isEmpty {
                    request.items[0].explanation = values[0]
                    request.items[0].url = values[values.count / 2]
                    request.sender.name = values[values.count - 1]
                }
                let renderer = DocumentRenderer(
                    catalog: TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: user.url))
                for format in ExportFormat.allCases {
                    do {
                        _ = try renderer.render(request, format: format)
                    } catch {
                        #expect(error is DocumentsError, "\(kind)/\(name) (\(format)): \(error)")
                    }
                }
                inputs += 1
            }
        }
        #expect(inputs >= 3)
    }
}
