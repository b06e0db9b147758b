import FlagdeskCore
import FlagdeskEngine
import Foundation

/// A document's life after it is sent, from the desk: the platform's answer (`r`), withdrawing
/// (`W`) and closing (`Z`), each through the same engine call as the CLI and each asked first;
/// the way from a document to its items (`i`) and from an item to its documents (Enter); a
/// coordinator's "waiting for my approval" (`A`).
extension DeskController {
    func runDocumentLife(_ command: DeskCommand, argument: String?) {
        switch command {
        case .record: recordAnswer(argument)
        case .withdraw: withdrawDocument(reason: argument)
        case .closeDocument: closeDocument(reason: argument)
        case .approvals: showApprovals()
        case .documentItems: openDocumentItems()
        default: break
        }
    }

    private var composedDocument: DocumentView? {
        if case .compose(let page) = state.screen { return page.view }
        return nil
    }

    /// Asks on the bottom line for what the command needs (a reason, a day).
    private func askText(_ label: String, for command: DeskCommand) {
        state.prompt = Prompt(purpose: .argument(command, label: label))
    }

    // MARK: The platform's answer

    private func recordAnswer(_ typed: String?) {
        guard let view = composedDocument else { return }
        let reference = view.record.reference
        guard let typed else {
            // The articles the kind's answers rest on (a DSA notice's); others' are the same acts.
            let answers = view.record.kind.definition.answers
            var options: [Picker.Option] = [
                .init(
                    key: "ack", label: "Acknowledgement of receipt",
                    note: answers.receiptArticle.map { "\($0): the platform confirmed receipt" } ?? "receipt confirmed")
            ]
            options += DocumentOutcome.allCases.map {
                .init(
                    key: "decision \($0.rawValue)", label: "Decision: \($0.rawValue)",
                    note: answers.decisionArticle)
            }
            if answers.replyExtension {
                options.append(
                    .init(
                        key: "extension", label: "Extension of the reply time",
                        note: "GDPR Art. 12(3): at most two further months, announced within the first"))
            }
            state.picker = Picker(
                title: "What did the recipient of \(reference) answer?", purpose: .command(.record), options: options,
                allowsMany: false, chosen: [])
            return
        }
        if typed.trimmingCharacters(in: .whitespaces) == "extension" {
            askText("Reply time extended until (YYYY-MM-DD): ", for: .record)
            return
        }
        // A bare day typed at the extension question.
        let argument = CivilDate(iso: typed) != nil ? "extension " + typed : typed
        let response: ResponseRecord
        do {
            response = try Self.parseAnswer(argument)
        } catch {
            state.message = .error(error.text)
            return
        }
        guard isConfirmed else {
            ask("Record on \(reference): \(argument), dated now?", .record, argument)
            return
        }
        attempt {
            let changed = try writing { () throws(EngineError) in try desk.record(reference: reference, response) }
            replaceComposed(changed)
            state.message = .info("recorded on \(reference): \(argument); it is \(changed.record.status.rawValue)")
        }
    }

    struct AnswerError: Error { var text: String }

    /// `ack`, `decision OUTCOME`, `extension YYYY-MM-DD`: the words of `flagdesk record`.
    nonisolated static func parseAnswer(_ text: String) throws(AnswerError) -> ResponseRecord {
        let words = text.split(separator: " ").map(String.init)
        var response = ResponseRecord()
        switch (words.first, words.count) {
        case ("ack", 1), ("acknowledgement", 1):
            response.acknowledged = true
        case ("decision", 2):
            guard let outcome = DocumentOutcome(rawValue: words[1]) else {
                throw AnswerError(
                    text: "no decision '\(words[1])'; decisions: "
                        + DocumentOutcome.allCases.map(\.rawValue).joined(separator: ", "))
            }
            response.decision = outcome
        case ("extension", 2):
            guard let day = CivilDate(iso: words[1]) else {
                throw AnswerError(text: "'\(words[1])' is not a day (YYYY-MM-DD)")
            }
            response.extensionUntil = day
        default:
            throw AnswerError(text: "record what? ack, decision OUTCOME or extension YYYY-MM-DD")
        }
        return response
    }

    // MARK: Withdraw, close

    private func withdrawDocument(reason: String?) {
        guard let view = composedDocument else { return }
        let reference = view.record.reference
        guard let reason = reason?.trimmingCharacters(in: .whitespaces), !reason.isEmpty else {
            askText("Why is \(reference) withdrawn? ", for: .withdraw)
            return
        }
        guard isConfirmed else {
            ask("Withdraw \(reference) (\(reason))? This cannot be undone", .withdraw, reason)
            return
        }
        attempt {
            let changed = try writing { () throws(EngineError) in
                try desk.withdraw(reference: reference, reason: reason)
            }
            replaceComposed(changed)
            state.message = .info("\(reference) withdrawn: \(reason)")
        }
    }

    private func closeDocument(reason: String?) {
        guard let view = composedDocument else { return }
        let reference = view.record.reference
        let reason = reason?.trimmingCharacters(in: .whitespaces) ?? ""
        // Without a recorded decision the engine needs the reason (as `close --reason`).
        if reason.isEmpty, view.record.outcome == nil {
            askText("Why is \(reference) closed without a decision? ", for: .closeDocument)
            return
        }
        guard isConfirmed else {
            ask("Close \(reference)? Nothing more will be done with it", .closeDocument, reason)
            return
        }
        attempt {
            let changed = try writing { () throws(EngineError) in
                try desk.close(reference: reference, reason: reason.isEmpty ? nil : reason)
            }
            replaceComposed(changed)
            state.message = .info("\(reference) closed")
        }
    }

    private func replaceComposed(_ view: DocumentView) {
        guard case .compose(var page) = state.screen else { return }
        page.view = view
        state.screen = .compose(page)
        reloadAfterChange()
    }

    // MARK: Between items and documents

    /// Enter on an item: its only document, or a list of them.
    func openItemDocuments() {
        guard case .item(let page) = state.screen else { return }
        let documents = page.detail.documents
        switch documents.count {
        case 0: state.message = .error("\(page.detail.item.reference) has no document yet; c drafts one")
        case 1: openDocument(documents[0].reference)
        default:
            state.picker = Picker(
                title: "Documents of \(page.detail.item.reference)", purpose: .command(.document),
                options: documents.map { document in
                    .init(
                        key: document.reference, label: "\(document.reference)  \(document.kind)  \(document.status)",
                        note: document.recipient.map { "to \($0)" })
                }, allowsMany: false, chosen: [])
        }
    }

    /// `i` on a document: its only item, or a list of them.
    private func openDocumentItems() {
        guard let view = composedDocument else { return }
        switch view.items.count {
        case 0: state.message = .error("\(view.record.reference) covers no item")
        case 1: run(.open, argument: view.items[0].reference)
        default:
            state.picker = Picker(
                title: "Items of \(view.record.reference)", purpose: .command(.open),
                options: view.items.map {
                    .init(key: $0.reference, label: "\($0.reference)  \($0.status.label)", note: $0.host)
                },
                allowsMany: false, chosen: [])
        }
    }

    // MARK: Approvals

    /// `A`: the documents a coordinator may approve now (four-eyes: not their own drafts).
    private func showApprovals() {
        guard desk.role == .coordinator else {
            state.message = .error("only coordinators approve documents; nothing waits for you")
            return
        }
        attempt {
            let waiting = try desk.awaitingMyApproval()
            guard !waiting.isEmpty else {
                state.message = .info("nothing waits for your approval")
                return
            }
            state.picker = Picker(
                title: "Waiting for my approval (\(waiting.count)): Enter opens, then a approves",
                purpose: .command(.document),
                options: waiting.map { record in
                    .init(
                        key: record.reference, label: "\(record.reference)  \(record.kind.title)",
                        note: "drafted by \(record.draftedBy) on \(DeskTime.minute(record.draftedAt, zone: desk.zone))")
                }, allowsMany: false, chosen: [])
        }
    }
}
