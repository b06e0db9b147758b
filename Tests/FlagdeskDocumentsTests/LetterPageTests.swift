import FlagdeskCore
import Testing

@testable import FlagdeskDocuments

/// The page WeasyPrint turns into a PDF: flagged content opens no tag, references nothing to
/// fetch and carries no control character; the letter's own line breaks are kept.
@Suite struct LetterPageTests {
    static let hostile =
        "Advert\u{1B}]0;pwned\u{07} <img src=\"http://127.0.0.1:9/x\"> <link rel=stylesheet href=//evil> "
        + "<style>@import url(http://evil)</style> & \u{202E}txt.exe"

    func page(body: String, letterhead: [String] = ["Stichting <b>Voorbeeld</b>", "", "a@b.example"]) -> String {
        LetterPage(
            letterhead: letterhead, reference: "N-2026-00042\"}<x>", subject: "Notice <i>", body: body,
            footnote: "Text as sent, SHA-256 abc", language: "nl"
        ).html()
    }

    @Test func hostileContentOpensNoTagAndFetchesNothing() {
        let html = page(body: "Line one\n\(Self.hostile)\nŁódź 中文")
        for tag in ["<img", "<link", "<b>", "<i>", "<x>", "<script"] {
            #expect(!html.contains(tag), "the page carries \(tag)")
        }
        // Exactly one <style> (ours), and outside the letter's text (where they are only words)
        // no URL the converter could fetch.
        #expect(html.components(separatedBy: "<style>").count == 2)
        let markup = html.components(separatedBy: "<main>")[0] + html.components(separatedBy: "</main>")[1]
        for fetch in ["url(", "src=", "href=", "@import"] {
            #expect(!markup.contains(fetch), "the markup carries \(fetch)")
        }
        #expect(html.contains("&lt;img src=&quot;http://127.0.0.1:9/x&quot;&gt;"))
        #expect(html.contains("Łódź 中文"))
        let controls = html.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
        #expect(controls.isEmpty, "controls: \(controls.map { String($0.value, radix: 16) })")
    }

    @Test func theFooterKeepsOnlyTheReferencesCharacters() {
        let html = page(body: "x")
        #expect(html.contains("content: \"N-2026-00042x \\2014  \" counter(page)"))
    }

    @Test func theLettersLineBreaksAndEmptyLetterheadLinesAreKept() {
        let html = page(body: "Dear Sir,\n\nline two")
        #expect(html.contains("<main>Dear Sir,\n\nline two</main>"))
        #expect(html.contains("<div>Stichting &lt;b&gt;Voorbeeld&lt;/b&gt;</div>\n<div>a@b.example</div>"))
        #expect(!page(body: "x", letterhead: ["", ""]).contains("<header>"))
        #expect(html.contains("<html lang=\"nl\">"))
    }
}
