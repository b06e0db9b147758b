import Crypto
import FlagdeskCore
import Foundation

/// An e-mail ready to open in a mail client or pipe to a mail transfer agent (RFC 5322, MIME).
struct EmailMessage: Equatable {
    var fromName: String?
    var fromAddress: String
    var toName: String?
    var toAddress: String?
    var subject: String
    var date: String
    var messageID: String
    /// The Message-ID of the document a follow-up follows.
    var inReplyTo: String?
    var body: String
    /// (file name, CSV text) of the evidence manifest; nil when there is no evidence.
    var manifest: (name: String, csv: String)?

    static func == (lhs: EmailMessage, rhs: EmailMessage) -> Bool {
        lhs.fromAddress == rhs.fromAddress && lhs.toAddress == rhs.toAddress && lhs.subject == rhs.subject
            && lhs.messageID == rhs.messageID && lhs.body == rhs.body
    }
}

/// Writes `.eml` exports: From the organisation, To the recipient's notice address, a
/// Message-ID built from the document's reference (so replies and follow-ups thread), the
/// UTF-8 body quoted-printable, and the evidence manifest as a CSV attachment.
enum EmailWriter {
    /// Used when the organisation has no e-mail address configured (RFC 2606 reserves .invalid).
    static let fallbackDomain = "flagdesk.invalid"

    static func message(for request: RenderRequest, subject: String, body: String) -> EmailMessage {
        let document = request.document
        let fromAddress = request.sender.email ?? "flagdesk@\(fallbackDomain)"
        let recipient = TemplateContext.recipient(request)
        let date = document.sentAt ?? request.now
        let manifest: (String, String)? =
            request.evidence.isEmpty
            ? nil
            : (
                "evidence-manifest-\(document.reference).csv",
                EvidenceManifest.csv(evidence: request.evidence, items: request.items)
            )
        return EmailMessage(
            fromName: request.sender.name, fromAddress: fromAddress, toName: recipient?["name"] as? String,
            toAddress: recipient?["email"] as? String, subject: subject,
            date: MIMEEncoding.date(date, zone: request.zone),
            messageID: messageID(reference: document.reference, senderEmail: request.sender.email),
            inReplyTo: request.parent.map { messageID(reference: $0.reference, senderEmail: request.sender.email) },
            body: body, manifest: manifest)
    }

    /// `<N-2026-00042@example.org>`: the same reference always gives the same identifier, so a
    /// follow-up can name its parent's message without storing it.
    static func messageID(reference: String, senderEmail: String?) -> String {
        let domain = senderEmail.flatMap { $0.split(separator: "@").last.map(String.init) } ?? fallbackDomain
        let local = reference.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" }
        return "<\(String(String.UnicodeScalarView(local)))@\(domain)>"
    }

    static func write(_ message: EmailMessage) -> String {
        var headers = [
            MIMEEncoding.header("From", MIMEEncoding.mailbox(name: message.fromName, address: message.fromAddress))
        ]
        if let to = message.toAddress {
            headers.append(MIMEEncoding.header("To", MIMEEncoding.mailbox(name: message.toName, address: to)))
        }
        headers.append(MIMEEncoding.header("Subject", MIMEEncoding.headerText(message.subject)))
        headers.append("Date: \(message.date)")
        headers.append("Message-ID: \(message.messageID)")
        if let parent = message.inReplyTo {
            headers.append("In-Reply-To: \(parent)")
            headers.append("References: \(parent)")
        }
        headers.append("MIME-Version: 1.0")
        let textPart = [
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            MIMEEncoding.quotedPrintable(message.body),
        ]
        guard let manifest = message.manifest else {
            return (headers + textPart).joined(separator: "\r\n") + "\r\n"
        }
        // A boundary derived from the content: stable output, and it cannot occur in the base64
        // or quoted-printable parts (neither contains "_").
        let digest = SHA256.hash(data: Data((message.body + manifest.csv).utf8))
        let boundary = "=_flagdesk_" + digest.prefix(12).map { String($0, radix: 16) }.joined()
        let parts =
            [
                "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
                "",
                "This is a MIME message.",
                "--\(boundary)",
            ] + textPart + [
                "--\(boundary)",
                "Content-Type: text/csv; charset=utf-8;\r\n name=\"\(manifest.name)\"",
                "Content-Disposition: attachment;\r\n filename=\"\(manifest.name)\"",
                "Content-Transfer-Encoding: base64",
                "",
                MIMEEncoding.base64(Data(manifest.csv.utf8)),
                "--\(boundary)--",
            ]
        return (headers + parts).joined(separator: "\r\n") + "\r\n"
    }
}
