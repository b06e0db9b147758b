import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

@Suite struct EmailExportTests {
    /// Header lines of a message (folded lines joined), by name.
    func headers(_ message: String) -> [String: String] {
        let head = message.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        var result: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    @Test func aNoticeIsAMessageFromTheOrganisationToTheNoticeAddress() throws {
        let eml = try Fixtures.renderer.render(Fixtures.request(.dsaNotice), format: .eml).text
        let h = headers(eml)
        #expect(h["From"] == "Stichting Veilig Online <notices@veilig.example>")
        #expect(h["To"] == "ExampleVideo <dsa-notices@video.example>")
        #expect(h["Subject"]?.hasPrefix("=?UTF-8?B?") == true, "the subject has a dash: encoded")
        #expect(h["Date"] == "Mon, 23 Nov 2026 10:30:00 +0100")
        #expect(h["Message-ID"] == "<N-2026-00042@veilig.example>")
        #expect(h["In-Reply-To"] == nil)
        #expect(h["MIME-Version"] == "1.0")
        #expect(h["Content-Type"]?.hasPrefix("multipart/mixed; boundary=") == true)
        // Every line ends in CRLF and none is longer than RFC 5322's 998 octets (78 advised).
        #expect(!eml.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(eml.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func theSubjectIsEncodedAsUTF8WordsAndDecodesBack() throws {
        let eml = try Fixtures.renderer.render(Fixtures.request(.dsaNotice), format: .eml).text
        let subject = try #require(headers(eml)["Subject"])
        let decoded = subject.split(separator: " ").map { word -> String in
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == "Notice of illegal content under Article 16 DSA – N-2026-00042")
    }

    @Test func theBodyIsQuotedPrintableOfTheTextExport() throws {
        let request = Fixtures.request(.gdprErasure, language: "de")
        let text = try Fixtures.renderer.render(request, format: .txt).text
        let eml = try Fixtures.renderer.render(request, format: .eml).text
        let body = try #require(
            eml.components(separatedBy: "quoted-printable\r\n\r\n").last?
                .components(separatedBy: "\r\n--=_flagdesk_").first)
        #expect(decodeQuotedPrintable(body) == text)
        #expect(body.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
    }

    @Test func theManifestIsAttachedWithHashesNotFiles() throws {
        let eml = try Fixtures.renderer.render(Fixtures.request(.leaReferral), format: .eml).text
        #expect(eml.contains("Content-Disposition: attachment;\r\n filename=\"evidence-manifest-L-2026-00042.csv\""))
        let part = try #require(
            eml.components(separatedBy: "Content-Transfer-Encoding: base64\r\n\r\n").last?
                .components(separatedBy: "\r\n--").first)
        let csv = String(
            decoding: Data(base64Encoded: part, options: .ignoreUnknownCharacters) ?? Data(), as: UTF8.self)
        #expect(
            csv == "item_reference,sha256,size_bytes,media_type,captured_at,captured_by\r\n"
                + "FD-2026-000101,\(Fixtures.hash1),2048,image/png,2026-11-20T14:00:00Z,anna\r\n")
        #expect(!eml.contains("image/png\r\nContent-Disposition"), "no image part: files never travel")
    }

    @Test func withoutEvidenceTheMessageIsASinglePart() throws {
        var request = Fixtures.request(.dsaNotice)
        request.evidence = []
        let eml = try Fixtures.renderer.render(request, format: .eml).text
        #expect(headers(eml)["Content-Type"] == "text/plain; charset=utf-8")
    }

    @Test func aFollowUpThreadsUnderItsParent() throws {
        let eml = try Fixtures.renderer.render(Fixtures.request(.reminder), format: .eml).text
        let h = headers(eml)
        #expect(h["In-Reply-To"] == "<N-2026-00007@veilig.example>")
        #expect(h["References"] == "<N-2026-00007@veilig.example>")
        #expect(h["Message-ID"] == "<F-2026-00042@veilig.example>")
    }

    @Test func quotedPrintableKeepsLinesShortAndEncodesWhatItMust() {
        let text = String(repeating: "é", count: 60) + " \n= end \n"
        let encoded = MIMEEncoding.quotedPrintable(text)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(encoded.contains("=3D end=20"))
        #expect(decodeQuotedPrintable(encoded) == text)
    }

    @Test func displayNamesWithSpecialsAreQuoted() {
        #expect(MIMEEncoding.mailbox(name: "Doe, Jane", address: "j@x.example") == "\"Doe, Jane\" <j@x.example>")
        #expect(MIMEEncoding.mailbox(name: "Zoë", address: "z@x.example") == "=?UTF-8?B?Wm/Dqw==?= <z@x.example>")
    }

    /// Reverses quoted-printable (soft breaks, =XX) and CRLF: a second implementation to check
    /// the writer against, kept deliberately naive.
    func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(
            text.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "="), index + 2 < source.count,
                let value = UInt8(String(decoding: source[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
