import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `s` on a document: how it was sent (the channels of `flagdesk send --via`), and, sent by
/// hand, when (default now; an earlier time is recorded as the sending time beside the
/// recording time, as `flagdesk send --at` does; never later than now). Then one question:
/// sending freezes the text and starts its deadlines, and cannot be undone (issue #17).
extension DeskController {
    /// `argument`: nil (ask how), `manual` (ask when), `manual WHEN`, `email`; `yes ...` once
    /// confirmed, `yes` alone for an earlier e-mail attempt of unknown outcome.
    func sendDocument(_ argument: String?) {
        guard case .compose(let page) = state.screen else { return }
        let reference = page.view.record.reference
        if let open = page.view.openSendAttempt {
            confirmEarlierAttempt(open, confirmed: argument == "yes")
            return
        }
        let confirmed = argument?.hasPrefix("yes ") == true
        let words = (confirmed ? String(argument!.dropFirst(4)) : argument ?? "")
            .split(separator: " ", maxSplits: 1).map(String.init)
        guard let channelWord = words.first else {
            state.picker = Picker(
                title: "How was \(reference) sent?", purpose: .command(.send),
                options: SendChannel.allCases.map { Self.channelOption($0) }, allowsMany: false, chosen: [])
            return
        }
        guard let channel = SendChannel(rawValue: channelWord.lowercased()) else {
            state.message = .error(
                "send how? " + SendChannel.allCases.map(\.rawValue).joined(separator: " or ") + ", not '\(channelWord)'"
            )
            return
        }
        switch channel {
        case .email:
            guard confirmed else {
                ask(
                    "E-mail \(reference) now through [sending] send_command? "
                        + "Its text is frozen and its deadlines start; this cannot be undone", .send, "yes email")
                return
            }
            sendNow(reference, via: .email, at: nil)
        case .manual:
            guard words.count > 1 else {
                askSendingTime(reference, typed: "now")
                return
            }
            guard let time = SendingTime.parse(words[1], zone: desk.zone) else {
                askSendingTime(reference, typed: words[1], problem: "'\(words[1])' is not a time")
                return
            }
            if case .at(let instant) = time, instant > desk.now {
                askSendingTime(
                    reference, typed: words[1],
                    problem: "\(DeskTime.minute(instant, zone: desk.zone)) is later than now: "
                        + "a sending time is never in the future")
                return
            }
            guard confirmed else {
                var when = "now"
                if case .at(let instant) = time {
                    when = "on \(ISO8601.formatLocal(instant, in: desk.zone)) (recorded now)"
                }
                ask(
                    "Mark \(reference) as sent by you, outside Flagdesk, \(when)? "
                        + "Its text is frozen and its deadlines start; this cannot be undone", .send,
                    "yes manual \(time.argument)")
                return
            }
            if case .at(let instant) = time {
                sendNow(reference, via: .manual, at: instant)
            } else {
                sendNow(reference, via: .manual, at: nil)
            }
        }
    }

    private var zoneName: String {
        ["GMT", "UTC"].contains(desk.zone.identifier) ? "UTC" : desk.zone.identifier
    }

    private static func channelOption(_ channel: SendChannel) -> Picker.Option {
        switch channel {
        case .manual:
            return .init(
                key: "manual", label: "By you, outside Flagdesk",
                note: "the platform's notice form, a portal or a letter; you say when")
        case .email:
            return .init(key: "email", label: "By e-mail, now", note: "piped to the configuration's send_command")
        }
    }

    /// "When was it sent?" on the bottom line, with what was typed (first: `now`).
    private func askSendingTime(_ reference: String, typed: String, problem: String? = nil) {
        if let problem { state.message = .error(problem) }
        var prompt = Prompt(purpose: .sendingTime(reference, zone: zoneName, problem: problem))
        prompt.editor = LineEditor(typed)
        state.prompt = prompt
    }

    private func sendNow(_ reference: String, via channel: SendChannel, at instant: Date?) {
        guard case .compose(var page) = state.screen else { return }
        attempt {
            page.view = try writing { () throws(EngineError) in
                try desk.send(reference: reference, via: channel, sentAt: instant)
            }
            state.screen = .compose(page)
            let when = instant.map { ", sent on \(DeskTime.minute($0, zone: desk.zone))" } ?? ""
            state.message = .info("\(reference) marked sent (\(channel.rawValue))\(when); its text is frozen")
            reloadAfterChange()
        }
    }

    /// An earlier e-mail attempt's outcome is unknown: ask whether that mail left, and record
    /// that attempt instead of a second sending.
    private func confirmEarlierAttempt(_ open: SendAttempt, confirmed: Bool) {
        guard case .compose(var page) = state.screen else { return }
        guard confirmed else {
            let when = ISO8601.formatLocal(open.startedAt, in: desk.zone)
            ask(
                "Sending outcome unknown (e-mail attempt \(when)): did that mail leave? "
                    + "y records it as sent, nothing is sent again", .send, nil)
            return
        }
        attempt {
            page.view = try writing { () throws(EngineError) in
                try desk.confirmSent(reference: page.view.record.reference)
            }
            state.screen = .compose(page)
            state.message = .info("\(page.view.record.reference) recorded as sent by the earlier e-mail attempt")
        }
    }
}
