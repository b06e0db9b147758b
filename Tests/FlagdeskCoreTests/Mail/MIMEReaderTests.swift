import Foundation
import Testing

@testable import FlagdeskCore

struct MIMEReaderTests {
    func read(_ text: String) -> MailMessage {
        MIMEReader.read(Array(text.utf8))
    }

    @Test func plainMessageHeadersAndThreading() {
        let message = read(
            "From: Trust & Safety <notices@example.com>\r\nSubject: Re: Notice N-2026-00042\r\n"
                + "Date: Tue, 3 Mar 2026 14:05:00 +0100\r\nMessage-ID: <abc@MAIL.Example.com>\r\n"
                + "In-Reply-To: <N-2026-00042@ngo.example>\r\nReferences: <N-2026-00041@ngo.example>\r\n"
                + " <N-2026-00042@ngo.example>\r\n\r\nWe have received your notice.\r\n")
        #expect(message.from == "Trust & Safety <notices@example.com>")
        #expect(message.messageID == "<abc@mail.example.com>")
        #expect(message.inReplyTo == ["<N-2026-00042@ngo.example>"])
        #expect(message.references == ["<N-2026-00041@ngo.example>", "<N-2026-00042@ngo.example>"])
        #expect(message.date == ISO8601.parseInstant("2026-03-03T13:05:00Z"))
        #expect(message.text.contains("We have received your notice."))
    }

    @Test func encodedWordsInHeaders() {
        #expect(EncodedWords.decode("=?iso-8859-1?Q?Caf=E9_cr=E8me?=") == "Café crème")
        #expect(EncodedWords.decode("=?UTF-8?B?4oKsIDEwMA==?= =?UTF-8?Q?_ok?=") == "€ 100 ok")
        #expect(EncodedWords.decode("plain =?utf-8?q?x?= tail") == "plain x tail")
        #expect(EncodedWords.decode("=?broken") == "=?broken")
        #expect(EncodedWords.decode("=?windows-1252?Q?=93quoted=94?=") == "\u{201C}quoted\u{201D}")
    }

    @Test func rfc2231ParametersAndContinuations() {
        let simple = MIMEParameters.parse("attachment; filename*=utf-8''%E2%82%AC%20rates.pdf")
        #expect(simple.value == "attachment")
        #expect(simple["filename"] == "€ rates.pdf")
        let continued = MIMEParameters.parse(
            "application/pdf; name*0*=iso-8859-1''d%E9cision; name*1=\"_finale\"; name*2=.pdf")
        #expect(continued["name"] == "décision_finale.pdf")
        let quoted = MIMEParameters.parse("text/plain; charset=\"ISO-8859-15\"; format=flowed")
        #expect(quoted["charset"] == "ISO-8859-15")
    }

    @Test func transferEncodingsAndCharsets() {
        let qp = read(
            "Content-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Le contenu a =E9t=E9 supprim=E9 =A4 long=\n line\n")
        #expect(qp.text.contains("Le contenu a été supprimé € long line"))
        let b64 = read(
            "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: base64\n\n"
                + Data([0x93, 0x4F, 0x4B, 0x94, 0x20, 0x80]).base64EncodedString() + "\n")
        #expect(b64.text == "\u{201C}OK\u{201D} €")
        let greek = read(
            "Content-Type: text/plain; charset=iso-8859-7\nContent-Transfer-Encoding: quoted-printable\n\n=E1=E2=E3\n")
        #expect(greek.text.hasPrefix("αβγ"))
        let unknown = read("Content-Type: text/plain; charset=x-klingon\n\ncaf\u{E9}\n")
        #expect(unknown.problems.contains { $0.contains("x-klingon") })
    }

    @Test func multipartTextAndAttachments() {
        let message = read(
            """
            Content-Type: multipart/mixed; boundary="outer"

            preamble
            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/plain; charset=utf-8

            The content was removed.
            --inner
            Content-Type: text/html

            <p>The content was <b>removed</b>.</p>
            --inner--
            --outer
            Content-Type: application/pdf
            Content-Disposition: attachment; filename="=?utf-8?q?d=C3=A9cision.pdf?="
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --outer--
            epilogue
            """)
        #expect(message.text == "The content was removed.")
        #expect(!message.fromHTML)
        #expect(message.attachments.count == 1)
        #expect(message.attachments.first?.name == "décision.pdf")
        #expect(message.attachments.first?.mediaType == "application/pdf")
    }

    @Test func htmlOnlyIsShownAsTextAndNothingIsFetched() {
        let message = read(
            "Content-Type: text/html\n\n<html><head><style>p{}</style><script>fetch('x')</script></head>"
                + "<body><p>Access has been&nbsp;disabled.</p><img src=\"https://tracker.example/p.gif\">"
                + "<p>Case&#32;#4471 &amp; more</p></body></html>")
        #expect(message.fromHTML)
        #expect(message.text == "Access has been disabled.\nCase #4471 & more")
        #expect(!message.text.contains("tracker"))
        #expect(!message.text.contains("fetch"))
    }

    @Test func thousandsOfNestedPartsStopAtTheLimits() {
        var text = ""
        let depth = 3_000
        for level in 0..<depth {
            text += "Content-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n"
        }
        text += "Content-Type: text/plain\n\ndeep\n"
        let message = read(text)
        #expect(message.problems.contains { $0.contains("nested deeper") })
        #expect(message.text.isEmpty)

        var wide = "Content-Type: multipart/mixed; boundary=w\n\n"
        for index in 0..<5_000 { wide += "--w\nContent-Type: application/x-\(index)\n\nx\n" }
        let many = read(wide)
        #expect(many.problems.contains { $0.contains("more than \(MIMEReader.maxParts)") })
        #expect(many.attachments.count < MIMEReader.maxParts)
    }

    @Test func malformedMIMENeverTraps() {
        let inputs = [
            "", "\n", "Content-Type: multipart/mixed\n\nno boundary",
            "Content-Type: multipart/mixed; boundary=\n\n--\n",
            "Content-Type: multipart/mixed; boundary=x\n\n--x", "Content-Type: multipart/mixed; boundary=x\n\n--x--",
            "Subject: =?utf-8?B?", "Content-Transfer-Encoding: quoted-printable\n\n=",
            "Content-Transfer-Encoding: base64\n\n====",
            "Content-Type: ;;;=;\"\n\nx", "Date: 99 Foo 2026 99:99\n\n", ":\n:\n\n", " folded first\n\n",
        ]
        for input in inputs {
            _ = read(input)
        }
    }

    @Test func escapesArriveDecodedForTheSanitiser() {
        let message = read("Subject: =?utf-8?q?=1B]52;c;aGk=07_hi?=\n\nbody \u{1B}[2J\n")
        #expect(message.subject.contains("\u{1B}"))
        #expect(!TerminalSanitizer.sanitize(message.subject).contains("\u{1B}"))
        #expect(!TerminalSanitizer.sanitize(message.text, mode: .multiLine).contains("\u{1B}"))
    }

    @Test func datesInTheWild() {
        #expect(MailAddressing.date("3 Mar 2026 14:05 GMT") == ISO8601.parseInstant("2026-03-03T14:05:00Z"))
        #expect(
            MailAddressing.date("Wed, 04 Mar 26 09:00:00 -0500 (EST)") == ISO8601.parseInstant("2026-03-04T14:00:00Z"))
        #expect(MailAddressing.date("yesterday") == nil)
    }
}
