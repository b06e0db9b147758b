import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// The desk's Replies view (issue #19): imported messages by tab, one message with its proposal
/// and the sentence it came from, confirming (asked first; "no" changes nothing), attaching an
/// unmatched message, and each document's replies in its view.
@MainActor
@Suite struct RepliesScreenTests {
    nonisolated static let sizes = ViewSnapshotTests.sizes

    /// The demo desk, one of its sent notices, and a Maildir with a reply to it (our reference in
    /// the subject) and a hostile message that matches nothing.
    func deskWithReplies() throws -> (desk: Desk, notice: String) {
        let desk = try makeDesk(demo: true, hostile: false)
        let notice = try #require(
            try desk.documents(DocumentFilter(statuses: [.sent], kinds: [.dsaNotice]), limit: 1).first)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-tui-mail-\(UUID())")
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let reply = [
            "From: Trust & Safety <dsa@provider.example>", "To: notices@example.org",
            "Subject: Re: your notice \(notice.reference)", "Date: Mon, 23 Nov 2026 08:00:00 +0100",
            "Message-ID: <reply-1@provider.example>", "Content-Type: text/plain; charset=utf-8", "",
            "Hello,", "", "We have received your notice. Your case number: TS-4471.", "", "Kind regards", "",
        ]
        let hostile = [
            "From: \u{1B}]52;c;SGVsbG8=\u{07}Mallory <m@evil.example>", "To: notices@example.org",
            "Subject: invoice\u{202E}fdp.exe \u{9B}31mred", "Date: Mon, 23 Nov 2026 07:00:00 +0100",
            "Message-ID: <hostile-1@evil.example>", "Content-Type: text/plain; charset=utf-8", "",
            "Click \u{1B}[2Jhere\u{1B}]0;owned\u{07} now.", "",
        ]
        try Data(reply.joined(separator: "\r\n").utf8).write(to: folder.appendingPathComponent("new/1.host"))
        try Data(hostile.joined(separator: "\r\n").utf8).write(to: folder.appendingPathComponent("new/2.host"))
        let summary = try desk.importMail(paths: [folder.path])
        #expect(summary.added == 2 && summary.matched == 1 && summary.unmatched == 1)
        return (desk, notice.reference)
    }

    func expectSafe(_ screen: MemoryScreen, _ name: String) {
        #expect(rawControlScalars(in: screen).isEmpty, "raw control characters on \(name)")
    }

    @Test(arguments: sizes) func theRepliesViewAndOneMessage(size: TerminalSize) throws {
        let (desk, notice) = try deskWithReplies()
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: size)
        controller.handle(.rune("M"))
        render(controller, on: screen)
        expectSnapshot(screen, named: "replies-\(size)")
        var text = screen.snapshot()
        #expect(text.contains("New 1") && text.contains("Unmatched 1"))
        #expect(text.contains(notice) && text.contains("Trust & Safety"))
        #expect(text.contains("“We have received your notice.”"), "the preview shows the sentence")

        controller.handle(.enter)
        render(controller, on: screen)
        expectSnapshot(screen, named: "reply-\(size)")
        text = screen.snapshot()
        #expect(text.contains("matched by document-reference → \(notice)  new"))
        #expect(text.contains("receipt acknowledged, their reference 'TS-4471', dated 2026-11-23 07:00"))
        #expect(text.contains("“We have received your notice.”"))
        #expect(text.contains("Hello,\n"), "CRLF line ends are line breaks, not ^M")
    }

    @Test func hostileHeadersAndTextAreShownEscapedNeverRaw() throws {
        let (desk, _) = try deskWithReplies()
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        controller.runCommandLine("replies unmatched")
        render(controller, on: screen)
        expectSafe(screen, "replies, unmatched")
        #expect(screen.snapshot().contains("^[]52;c;SGVsbG8=^GMallory"))
        #expect(screen.snapshot().contains("invoice<U+202E>fdp.exe <U+009B>31mred"))
        controller.handle(.enter)
        render(controller, on: screen)
        expectSafe(screen, "the hostile message")
        #expect(screen.snapshot().contains("Click ^[[2Jhere^[]0;owned^G now."))
        #expect(screen.snapshot().contains("is unmatched: attach it to a document first (a)"))
    }

    @Test func confirmingAsksFirstAndNoChangesNothing() throws {
        let (desk, notice) = try deskWithReplies()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("M"))
        controller.handle(.enter)
        controller.handle(.rune("c"))
        let label = try #require(controller.state.prompt?.label)
        #expect(
            label
                == "Record on \(notice): receipt acknowledged, their reference 'TS-4471', dated 2026-11-23 07:00? [y/N] "
        )
        controller.handle(.rune("n"))
        #expect(controller.state.message == .info("cancelled"))
        #expect(try desk.document(reference: notice).record.status == .sent)
        #expect(try desk.mailList(.new).count == 1)

        controller.handle(.rune("c"))
        controller.handle(.rune("y"))
        #expect(controller.state.message?.text == "\(notice) is acknowledged: recorded from M-2026-000001")
        let record = try desk.document(reference: notice).record
        #expect(record.status == .acknowledged)
        // The answer's date is the message's Date (08:00 +01:00), not the clock's.
        #expect(record.acknowledgedAt == ISO8601.parseInstant("2026-11-23T07:00:00Z"))
        #expect(record.providerReference == "TS-4471")
        #expect(try desk.document(reference: notice).events.contains { $0.action == "record" })
        #expect(try desk.mailList(.new).isEmpty)
        // The open message shows what was done; confirming again is refused on the bottom line.
        guard case .reply(let page) = controller.state.screen else {
            Issue.record("the message is no longer open")
            return
        }
        #expect(page.detail.mail.review == .confirmed)
        controller.handle(.rune("c"))
        #expect(controller.state.prompt == nil)
        #expect(controller.state.message?.text == "M-2026-000001 was already confirmed")
    }

    @Test func anUnmatchedMessageIsAttachedToTheDocumentTyped() throws {
        let (desk, notice) = try deskWithReplies()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("M"))
        controller.handle(.tab)
        controller.handle(.tab)
        guard case .replies(let page) = controller.state.screen else {
            Issue.record("not on the Replies view")
            return
        }
        #expect(page.tab == .unmatched)
        let hostile = try #require(page.selectedMail?.reference)
        // Esc at the prompt changes nothing.
        controller.handle(.rune("a"))
        #expect(controller.state.prompt?.label == "Attach \(hostile) to document: ")
        controller.handle(.escape)
        #expect(try desk.mailList(.unmatched).count == 1)
        controller.handle(.rune("a"))
        for scalar in notice.unicodeScalars { controller.handle(.rune(scalar)) }
        controller.handle(.enter)
        #expect(controller.state.message?.text == "\(hostile) attached to \(notice)")
        #expect(try desk.mailList(.unmatched).isEmpty)
        #expect(try desk.document(reference: notice).events.contains { $0.action == "mail-attached" })
        guard case .replies(let after) = controller.state.screen else { return }
        #expect(after.mails.isEmpty && after.counts[.unmatched] == 0 && after.counts[.new] == 2)
    }

    @Test func aDocumentsViewListsItsReplies() throws {
        let (desk, notice) = try deskWithReplies()
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        controller.runCommandLine("document \(notice)")
        render(controller, on: screen)
        let text = screen.snapshot()
        #expect(text.contains("Replies (1)"))
        #expect(text.contains("M-2026-000001  2026-11-23 07:00  new"))
        #expect(text.contains("Re: your notice \(notice)"))
        controller.runCommandLine("reply M-2026-000001")
        render(controller, on: screen)
        #expect(screen.snapshot().contains("M-2026-000001  matched by document-reference"))
    }

    @Test func theKeysAreInTheHelp() throws {
        let keymap = Keymap.standard
        #expect(keymap.command(for: .rune("M"), in: .queue) == .replies)
        #expect(keymap.command(for: .rune("c"), in: .reply) == .replyConfirm)
        #expect(keymap.command(for: .rune("a"), in: .replies) == .replyAttach)
        let lines = HelpView(page: HelpPage(context: .reply), keymap: keymap).lines().map(\.text)
        #expect(lines.contains { $0.hasPrefix("  c ") && $0.contains("reply-confirm") })
        #expect(lines.contains { $0.hasPrefix("  a ") && $0.contains("reply-attach") })
        #expect(lines.contains { $0.hasPrefix("  M ") && $0.contains("replies") })
    }
}
