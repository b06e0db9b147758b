import Foundation
import Testing

@testable import FlagdeskCore

/// The classifier reads a reply line by line; its byte-wise line ending rewrite must give what
/// Foundation's two replacements gave ("\r\n" is one `Character` in Swift, so lines are split on
/// "\n" alone after it).
@Suite("Mail: line endings before the phrase search")
struct ReplyLineEndTests {
    @Test(arguments: [
        "", "plain\nlines\n", "crlf\r\nlines\r\n", "lone\rcr\r", "mixed\r\n\r\rend", "\r\r\n\n\r",
        "accents \u{E9}t\u{E9}\r\ncaf\u{E9}\r", "\r",
    ])
    func crLFAndALoneCRBecomeLF(_ text: String) {
        let foundation = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        #expect(Array(ReplyClassifier.unixLines(text).utf8) == Array(foundation.utf8))
    }
}
