import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Hostile content (terminal escapes, BEL, C1 controls, bidi controls, HTML) reaches no export
/// raw, checked byte for byte in every format.
@Suite struct OutputSafetyTests {
    static let hostile =
        "Advert\u{1B}]0;pwned\u{07} \u{9B}31m red \u{202E}txt.exe <script>alert(1)</script> & more"

    func hostileNotice() -> RenderRequest {
        var request = Fixtures.request(.dsaNotice)
        guard case .dsaNotice(var notice) = request.document.content else { return request }
        notice.explanation = Self.hostile
        notice.urls = ["https://video.example/watch?v=abc\u{1B}[2J"]
        request.document.content = .dsaNotice(notice)
        return request
    }

    /// No ESC, BEL, C1 or bidi control in the bytes.
    func expectNoControls(_ text: String, _ format: String) {
        let bad = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value)
        }
        #expect(bad.isEmpty, "\(format) carries \(bad.map { String($0.value, radix: 16) })")
    }

    @Test func everyDocumentFormatShowsControlsAsMarkers() throws {
        for format in ExportFormat.allCases {
            let text = try Fixtures.renderer.render(hostileNotice(), format: format).text
            expectNoControls(text, format.rawValue)
        }
        let txt = try Fixtures.renderer.render(hostileNotice(), format: .txt).text
        #expect(txt.contains("Advert^[]0;pwned^G <U+009B>31m red <U+202E>txt.exe <script>alert(1)</script> & more"))
        #expect(txt.contains("- https://video.example/watch?v=abc^[[2J"))
    }

    @Test func markdownEscapesHTML() throws {
        let md = try Fixtures.renderer.render(hostileNotice(), format: .md).text
        #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        #expect(!md.contains("<script>"))
    }

    @Test func jsonEscapesControlsAndKeepsTheValue() throws {
        let json = try Fixtures.renderer.render(hostileNotice(), format: .json).text
        expectNoControls(json, "json")
        // The fields keep the value as recorded, escaped; a parser reads it back whole.
        #expect(json.lowercased().contains("\\u001b]0;pwned\\u0007 \\u009b31m"))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        #expect(json.contains(Self.hostile) == false)
    }

    @Test func anAddressWithALineBreakCannotAddAHeader() throws {
        var request = Fixtures.request(.gdprErasure)
        guard case .gdprErasure(var erasure) = request.document.content else { return }
        erasure.controller?.email = "dpo@controller.example\r\nBcc: spy@evil.example"
        erasure.controller?.name = "Controller\r\nX-Injected: yes"
        request.document.content = .gdprErasure(erasure)
        request.recipient = .controller
        let eml = try Fixtures.renderer.render(request, format: .eml).text
        let headerBlock = eml.components(separatedBy: "\r\n\r\n")[0]
        let names = headerBlock.components(separatedBy: "\r\n").filter { !$0.hasPrefix(" ") }.compactMap {
            $0.split(separator: ":").first.map(String.init)
        }
        #expect(!names.contains("Bcc"))
        #expect(!names.contains("X-Injected"))
        expectNoControls(eml.replacingOccurrences(of: "\r\n", with: "\n"), "eml")
    }

    @Test func csvNeutralisesFormulasAndQuotesLineEnds() {
        #expect(
            CSVWriter.row(["=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tx", "plain"])
                == "\"'=HYPERLINK(\"\"http://evil\"\")\",'+1,'-2,'@SUM(A1),'\tx,plain\r\n")
        #expect(CSVWriter.field("one\r\ntwo") == "\"one\r\ntwo\"", "\"\\r\\n\" is one Character: still quoted")
        #expect(CSVWriter.field("bell\u{07}") == "bell^G")
        #expect(CSVWriter.field("\r\n=x") == "\"'\r\n=x\"")
    }

    @Test func reportTextIsSafeInEveryFormat() throws {
        #expect(ReportHTML.escape("<b>\u{1B}[31m") == "&lt;b&gt;^[[31m")
        #expect(OutputSanitizer.markdown("a <img src=x onerror=alert(1)>") == "a &lt;img src=x onerror=alert(1)&gt;")
    }
}
