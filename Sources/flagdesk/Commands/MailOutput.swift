import FlagdeskCore
import FlagdeskEngine
import Foundation

/// How the CLI prints messages. Everything from a message (From, Subject, text, file names,
/// sentences) is outside text and passes through the sanitiser; JSON escapes it.
enum MailOutput {
    static func list(_ mails: [StoredMail], json: Bool) {
        if json {
            Output.json(mails.map(MailJSON.init))
            return
        }
        if mails.isEmpty {
            Output.line("no messages")
            return
        }
        for mail in mails {
            let date = mail.date.map(ISO8601.format) ?? "(no date)"
            let target: String
            switch mail.match {
            case .matched: target = mail.documentReference ?? "?"
            case .ambiguous: target = "ambiguous: " + mail.candidates.joined(separator: " ")
            case .unmatched: target = "unmatched"
            }
            Output.line(
                "\(mail.reference)  \(date)  \(Output.cell(target, 16))  \(mail.review.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))  "
                    + "\(Output.cell(mail.from, 30))  \(Output.safe(String(mail.subject.prefix(200))))")
        }
    }

    static func detail(_ detail: MailDetail, json: Bool) {
        let mail = detail.mail
        if json {
            Output.json(MailDetailJSON(detail))
            return
        }
        Output.line(
            "\(mail.reference)  \(mail.match.rawValue)\(mail.method.map { " by \($0.rawValue)" } ?? "")  \(mail.review.rawValue)"
        )
        if let document = mail.documentReference { Output.line("Document:   \(document)") }
        if !mail.candidates.isEmpty { Output.line("Could be:   \(mail.candidates.joined(separator: ", "))") }
        Output.line("From:       \(Output.safe(mail.from))")
        Output.line("Subject:    \(Output.safe(mail.subject))")
        Output.line(
            "Date:       \(Output.safe(mail.dateText ?? "(none)"))\(mail.date.map { " = \(ISO8601.format($0))" } ?? "")"
        )
        Output.line("Message-ID: \(Output.safe(mail.messageID ?? "(none)"))")
        Output.line("SHA-256:    \(mail.sha256) (\(mail.size) bytes, kept as evidence)")
        for attachment in detail.message.attachments {
            Output.line(
                "Attachment: \(Output.safe(attachment.name ?? "(no name)")) \(Output.safe(attachment.mediaType)) "
                    + "\(attachment.encodedSize) bytes (not opened)")
        }
        for problem in detail.message.problems { Output.line("Note:       \(Output.safe(problem))") }
        if mail.findings.isEmpty {
            Output.line("Proposals:  none (no phrase of the table matched)")
        } else {
            Output.line("Proposals:")
            for finding in mail.findings {
                var what = finding.kind.rawValue
                if let date = finding.date { what += " until \(date)" }
                if let value = finding.value { what += " \(Output.safe(value))" }
                Output.line("  \(what) [\(finding.language): \"\(Output.safe(finding.phrase))\"]")
                Output.line("    \"\(Output.safe(finding.sentence))\"")
            }
        }
        if let command = detail.recordCommand {
            Output.line("Confirm:    flagdesk mail confirm \(mail.reference)   (= \(Output.safe(command)))")
        }
        Output.line("")
        Output.line(detail.message.fromHTML ? "Text (from HTML; nothing was fetched):" : "Text:")
        Output.line(TerminalSanitizer.sanitize(String(detail.message.text.prefix(64 * 1024)), mode: .multiLine))
    }
}

struct MailJSON: Encodable {
    var reference, sha256, from, subject, match, review: String
    var size: Int64
    var messageID, dateText, document, method: String?
    var date: Date?
    var candidates: [String]
    var findings: [ReplyFinding]

    init(_ mail: StoredMail) {
        reference = mail.reference
        sha256 = mail.sha256
        from = mail.from
        subject = mail.subject
        match = mail.match.rawValue
        review = mail.review.rawValue
        size = mail.size
        messageID = mail.messageID
        dateText = mail.dateText
        document = mail.documentReference
        method = mail.method?.rawValue
        date = mail.date
        candidates = mail.candidates
        findings = mail.findings
    }
}

struct MailDetailJSON: Encodable {
    var mail: MailJSON
    var text: String
    var fromHTML: Bool
    var attachments: [MailAttachment]
    var problems: [String]
    var recordCommand: String?

    init(_ detail: MailDetail) {
        mail = MailJSON(detail.mail)
        text = detail.message.text
        fromHTML = detail.message.fromHTML
        attachments = detail.message.attachments
        problems = detail.message.problems
        recordCommand = detail.recordCommand
    }
}

struct MailImportJSON: Encodable {
    var read, added, alreadyHeld, matched, ambiguous, unmatched: Int
    var references: [String]

    init(_ summary: MailImportSummary) {
        read = summary.read
        added = summary.added
        alreadyHeld = summary.alreadyHeld
        matched = summary.matched
        ambiguous = summary.ambiguous
        unmatched = summary.unmatched
        references = summary.references
    }
}
