import FlagdeskCore
import FlagdeskEngine
import Foundation

/// One imported message: its headers, the proposal with the sentence each finding came from,
/// what confirming would record, then its text (HTML shown as text; nothing is fetched). Every
/// value from the message is outside text and passes through the sanitiser.
@MainActor
struct ReplyView {
    let page: ReplyPage
    let context: ViewContext

    /// The message's text shown at most (the evidence file keeps it whole).
    static let textLimit = 64 * 1024

    func lines(width: Int) -> [ItemView.Line] {
        let detail = page.detail
        let mail = detail.mail
        let zone = context.desk.zone
        var lines: [ItemView.Line] = []
        func field(_ label: String, _ value: String) {
            for (index, part) in TextFit.wrap(value, width: max(1, width - 13)).enumerated() {
                lines.append((TextFit.cell(index == 0 ? label : "", 12) + " " + part, .normal))
            }
        }
        let method = mail.method.map { " by \($0.rawValue)" } ?? ""
        let target = mail.documentReference.map { " → \($0)" } ?? ""
        lines.append(
            ("\(mail.reference)  \(mail.match.rawValue)\(method)\(target)  \(mail.review.rawValue)", Palette.title))
        lines.append(("c confirms the proposal, a attaches it to a document, d dismisses it, q goes back", Palette.dim))
        if !mail.candidates.isEmpty { field("Could be", mail.candidates.joined(separator: ", ")) }
        field("From", mail.from)
        field("Subject", mail.subject)
        let instant = mail.date.map { " (\(DeskTime.minute($0, zone: zone)))" } ?? ""
        field("Date", (mail.dateText ?? "(none)") + instant)
        field("Message-ID", mail.messageID ?? "(none)")
        field("SHA-256", "\(mail.sha256) (\(mail.size) bytes, kept as evidence)")
        for attachment in detail.message.attachments {
            field(
                "Attachment",
                "\(attachment.name ?? "(no name)") \(attachment.mediaType) \(attachment.encodedSize) bytes (not opened)"
            )
        }
        for problem in detail.message.problems { field("Note", problem) }
        lines.append(("", .normal))
        lines.append(("Proposal", Palette.header))
        switch mail.review {
        case .confirmed:
            lines.append((reviewed("Confirmed", mail), Palette.dim))
        case .dismissed:
            lines.append((reviewed("Dismissed", mail), Palette.dim))
        case .new where !detail.proposal.isEmpty && mail.documentReference != nil:
            let date = detail.proposal.at.map { DeskTime.minute($0, zone: zone) } ?? "no date"
            lines.append(
                (
                    "  → \(ProposalText.words(detail.proposal)), dated \(date): c records it on \(mail.documentReference!)",
                    Palette.label
                ))
            if let command = detail.recordCommand {
                for part in TextFit.wrap("= " + command, width: max(1, width - 4)) {
                    lines.append(("    " + part, Palette.dim))
                }
            }
        case .new:
            lines.append(("  " + DeskController.nothingToConfirm(detail), Palette.dim))
        }
        lines += Self.proposalLines(mail, width: width)
        let heading = detail.message.fromHTML ? "── Text (from HTML; nothing was fetched) " : "── Text "
        lines.append(("", .normal))
        lines.append((heading + String(repeating: "─", count: max(0, width)), Palette.header))
        // Mail's CRLF line ends are line breaks, not a stray CR each.
        let text = String(detail.message.text.prefix(Self.textLimit)).replacingOccurrences(of: "\r\n", with: "\n")
        for part in TextFit.wrap(text, width: max(1, width)) { lines.append((part, .normal)) }
        if detail.message.text.count > Self.textLimit {
            lines.append(("(the rest is in the evidence file: flagdesk mail show \(mail.reference))", Palette.dim))
        }
        return lines
    }

    private func reviewed(_ what: String, _ mail: StoredMail) -> String {
        let when = mail.reviewedAt.map { " on \(DeskTime.minute($0, zone: context.desk.zone))" } ?? ""
        return "  \(what) by \(mail.reviewedBy ?? "?")\(when)"
    }

    /// Each finding and the sentence it was read from (also the Replies view's preview).
    static func proposalLines(_ mail: StoredMail, width: Int) -> [ItemView.Line] {
        guard !mail.findings.isEmpty else {
            return [("  No phrase of the table matched: nothing is proposed.", Palette.dim)]
        }
        var lines: [ItemView.Line] = []
        for finding in mail.findings {
            var what = finding.kind.rawValue
            if let date = finding.date { what += " until \(date)" }
            if let value = finding.value { what += " " + value }
            lines.append(("  \(what)  [\(finding.language): \"\(finding.phrase)\"]", .normal))
            for part in TextFit.wrap("“" + finding.sentence + "”", width: max(1, width - 6)) {
                lines.append(("      " + part, Palette.dim))
            }
        }
        return lines
    }

    func draw(on screen: any TerminalScreen) {
        screen.drawPage(lines(width: screen.size.columns), scroll: page.scroll)
    }
}
