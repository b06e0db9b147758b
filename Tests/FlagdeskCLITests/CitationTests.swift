import Foundation
import Testing

/// No output cites a file the repository does not have (issue #17: messages and proposals cited
/// `DESIGN.md`, which lives outside the repository). Every `NAME.md` in a string of the sources —
/// outside comments — must name a file of the repository.
@Suite struct CitationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyCitedMarkdownFileExists() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try NSRegularExpression(pattern: #""[^"]*?\b([A-Za-z0-9_/]+\.md)\b"#)
        var cited: [String: String] = [:]
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.hasPrefix("--") { continue }
                let string = String(line)
                let range = NSRange(string.startIndex..., in: string)
                for match in pattern.matches(in: string, range: range) {
                    if let name = Range(match.range(at: 1), in: string).map({ String(string[$0]) }) {
                        cited[name] = file.lastPathComponent
                    }
                }
            }
        }
        #expect(!cited.isEmpty, "the scan finds the citations there are (Templates/README.md)")
        for (name, file) in cited {
            let exists = FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(name).path)
            #expect(exists, "\(file) cites \(name), which the repository does not have")
        }
    }
}
