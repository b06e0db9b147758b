import FlagdeskCore
import FlagdeskEngine
import Foundation

/// The Replies view (issue #19): imported messages by tab, one message with its proposal, and
/// the person's answer to it. Each action is the Engine call `flagdesk mail` makes; nothing is
/// recorded about a document without a "y" (DESIGN.md §4: nothing is decided by a classifier).
extension DeskController {
    func runReplies(_ command: DeskCommand, argument: String?) {
        switch command {
        case .replies: showReplies(tab: argument)
        case .reply:
            guard let argument else {
                state.message = .error("name the message: `:reply M-2026-000001`")
                return
            }
            openReply(argument)
        case .replyConfirm: confirmReply(argument)
        case .replyAttach: askAttachReply(argument)
        case .replyDismiss: dismissReply(argument)
        default: break
        }
    }

    /// The message a command is about: the open one, else the Replies view's selection.
    var currentReplyReference: String? {
        switch state.screen {
        case .reply(let page): return page.detail.mail.reference
        case .replies(let page): return page.selectedMail?.reference
        default: return nil
        }
    }

    /// How many messages a tab reads at once (the newest; `flagdesk mail list` for more).
    static let repliesWindow = 500

    func repliesPage(_ tab: ReplyTab, selected: Int = 0) throws(EngineError) -> RepliesPage {
        let counts = try desk.mailCounts()
        let page = RepliesPage(
            tab: tab, mails: try desk.mailList(tab.listing, limit: Self.repliesWindow),
            counts: [.new: counts.new, .matched: counts.matched, .unmatched: counts.unmatched])
        var result = page
        result.selected = max(0, min(selected, page.mails.count - 1))
        return result
    }

    private func showReplies(tab argument: String?) {
        var tab = ReplyTab.new
        if let argument {
            guard let named = ReplyTab(rawValue: argument.lowercased()) else {
                state.message = .error(
                    "no replies tab '\(argument)'; tabs: " + ReplyTab.allCases.map(\.rawValue).joined(separator: ", "))
                return
            }
            tab = named
        } else if case .replies(let page) = state.screen {
            tab = page.tab
        }
        attempt {
            let page = try repliesPage(tab)
            if case .replies = state.screen { state.screen = .replies(page) } else { push(.replies(page)) }
        }
    }

    /// Tab and Shift-Tab on the Replies view. Returns whether the Replies view was showing.
    func cycleRepliesTab(forward: Bool) -> Bool {
        guard case .replies(let page) = state.screen else { return false }
        let all = ReplyTab.allCases
        let index = all.firstIndex(of: page.tab) ?? 0
        let next = all[(index + (forward ? 1 : all.count - 1)) % all.count]
        attempt { state.screen = .replies(try repliesPage(next)) }
        return true
    }

    func openReply(_ reference: String) {
        attempt { push(.reply(ReplyPage(detail: try desk.mailDetail(reference)))) }
    }

    /// A document opened with its replies listed under it.
    func documentPage(_ view: DocumentView) throws(EngineError) -> ComposePage {
        ComposePage(view: view, replies: try desk.mail(forDocument: view.record.reference))
    }

    // MARK: Confirm, attach, dismiss

    /// `c`: asks first, naming what would be recorded on which document and with which date;
    /// "y" records it through the same Engine call as `flagdesk mail confirm` (a `record`).
    private func confirmReply(_ argument: String?) {
        let (confirmed, reference) = Self.confirmation(argument, default: currentReplyReference)
        guard let reference else {
            state.message = .error("no message selected")
            return
        }
        attempt {
            let detail = try desk.mailDetail(reference)
            guard confirmed else {
                guard let question = Self.confirmQuestion(detail, zone: desk.zone) else {
                    state.message = .error(Self.nothingToConfirm(detail))
                    return
                }
                ask(question, .replyConfirm, "yes " + reference)
                return
            }
            let view = try writing { () throws(EngineError) in try desk.confirmMail(reference) }
            state.message = .info(
                "\(view.record.reference) is \(view.record.status.rawValue): recorded from \(reference)")
            try reloadScreens()
            reloadAfterChange()
        }
    }

    /// `a`: the reference is typed at the bottom line; Enter attaches, Esc changes nothing.
    private func askAttachReply(_ argument: String?) {
        guard let reference = currentReplyReference else {
            state.message = .error("no message selected")
            return
        }
        if let argument {
            attachReply(reference, to: argument)
        } else {
            state.prompt = Prompt(purpose: .attachReply(reference))
        }
    }

    func attachReply(_ reference: String, to document: String) {
        let target = document.trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty else {
            state.message = .error("no document given; \(reference) is unchanged")
            return
        }
        attempt {
            let mail = try writing { () throws(EngineError) in try desk.attachMail(reference, to: target) }
            state.message = .info("\(mail.reference) attached to \(mail.documentReference ?? target)")
            try reloadScreens()
        }
    }

    /// `d`: asks first; "y" marks the message read with nothing recorded from it.
    private func dismissReply(_ argument: String?) {
        let (confirmed, reference) = Self.confirmation(argument, default: currentReplyReference)
        guard let reference else {
            state.message = .error("no message selected")
            return
        }
        guard confirmed else {
            ask("Dismiss \(reference): read, nothing to record?", .replyDismiss, "yes " + reference)
            return
        }
        attempt {
            let mail = try writing { () throws(EngineError) in try desk.dismissMail(reference) }
            state.message = .info("\(mail.reference) dismissed")
            try reloadScreens()
        }
    }

    /// `yes M-...` comes back from the confirmation prompt; anything else is a reference typed
    /// at `:` (or nothing: the current message), which is asked about first.
    static func confirmation(_ argument: String?, default current: String?) -> (Bool, String?) {
        guard let argument else { return (false, current) }
        if argument.hasPrefix("yes ") { return (true, String(argument.dropFirst(4))) }
        return (false, argument)
    }

    /// "Record on N-2026-00001: receipt, provider ref 'X', dated 2026-11-22 10:00?": what `y`
    /// would record, in words; nil when there is nothing to record.
    static func confirmQuestion(_ detail: MailDetail, zone: TimeZone) -> String? {
        guard let document = detail.mail.documentReference, detail.mail.match == .matched,
            detail.mail.review == .new, !detail.proposal.isEmpty
        else { return nil }
        let words = ProposalText.words(detail.proposal)
        let date = detail.proposal.at.map { DeskTime.minute($0, zone: zone) } ?? "no date (use mail confirm --at)"
        return "Record on \(document): \(words), dated \(date)?"
    }

    static func nothingToConfirm(_ detail: MailDetail) -> String {
        let mail = detail.mail
        if mail.match != .matched {
            return "\(mail.reference) is \(mail.match.rawValue): attach it to a document first (a)"
        }
        if mail.review != .new { return "\(mail.reference) was already \(mail.review.rawValue)" }
        return "nothing was read from \(mail.reference) to record; `flagdesk mail confirm --ack ...` "
            + "gives what it says, d dismisses it"
    }
}

/// A proposal in words, for the confirmation question and the message view.
enum ProposalText {
    static func words(_ response: ResponseRecord) -> String {
        var words: [String] = []
        if response.acknowledged { words.append("receipt acknowledged") }
        if let decision = response.decision { words.append("decision \(decision.rawValue)") }
        if let until = response.extensionUntil { words.append("extended until \(until)") }
        if let reference = response.providerReference {
            words.append("their reference '\(TerminalSanitizer.sanitize(reference))'")
        }
        return words.isEmpty ? "nothing" : words.joined(separator: ", ")
    }
}
