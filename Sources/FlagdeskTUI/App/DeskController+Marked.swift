import FlagdeskCore
import FlagdeskEngine
import Foundation

/// Commands on the marked items (mutt's tag prefix: `;` then the key): hold, remind and export
/// apply to every marked item, ask once, and report item by item what was done and what was
/// refused (issue #17). The keys after `;` are the keymap's `marked` bindings.
extension DeskController {
    /// `;`: the next key runs its `marked` command on every marked item.
    func startTagPrefix() {
        let count = state.queue.marks.count
        guard count > 0 else {
            state.message = .error("no item is marked (Space marks)")
            return
        }
        state.awaitsMarkedCommand = true
        let keys = keymap.commands(in: .marked).map { command, keys in
            "\(keys.map(KeyNotation.name(of:)).joined(separator: " ")) \(command.rawValue)"
        }
        state.message = .info(";: for \(count) marked item(s): " + keys.joined(separator: ", ") + " (Esc cancels)")
    }

    /// The key after `;`.
    func handleMarkedKey(_ key: Key) {
        state.awaitsMarkedCommand = false
        guard let binding = keymap.bindings.first(where: { $0.context == .marked && $0.keys.contains(key) }) else {
            state.message = .info(
                key == .escape ? "cancelled" : "\(KeyNotation.name(of: key)) does nothing to marked items; cancelled")
            return
        }
        run(binding.command, argument: nil)
    }

    /// `;H`: every marked item on LEA hold (items already held are said to be so).
    func holdMarked(confirmed: Bool) {
        guard
            let marked = markedItems(
                confirmed: confirmed, .holdMarked,
                asking: { "Hold \($0) marked items? No notice leaves for them until each is released" })
        else { return }
        var outcomes: [MarkedOutcome] = []
        for reference in marked {
            do {
                let item = try desk.detail(reference: reference).item
                if item.leaHold {
                    outcomes.append(.init(reference: reference, done: false, text: "already on LEA hold"))
                    continue
                }
                let held = try writing { () throws(EngineError) in try desk.hold(reference: reference) }
                outcomes.append(.init(reference: reference, done: true, text: "held: \(held.status.label)"))
            } catch {
                outcomes.append(.init(reference: reference, done: false, text: "refused: \(String(describing: error))"))
            }
        }
        report("Hold", outcomes)
        reloadAfterChange()
    }

    /// `;x`: the text of every document of the marked items to REFERENCE.txt in the folder the
    /// desk was started in; an existing file is kept (asked once, never replaced in bulk).
    func exportMarked(confirmed: Bool) {
        guard
            let marked = markedItems(
                confirmed: confirmed, .exportMarked,
                asking: {
                    "Export the documents of \($0) marked items to \(exportFolder.path)? Existing files are kept"
                })
        else { return }
        var outcomes: [MarkedOutcome] = []
        for reference in marked {
            do {
                let documents = try desk.detail(reference: reference).documents
                if documents.isEmpty {
                    outcomes.append(.init(reference: reference, done: false, text: "no document to export"))
                }
                for document in documents {
                    let file = exportFolder.appendingPathComponent("\(document.reference).txt")
                    if SafeFileWriter.exists(file.path) {
                        outcomes.append(.init(reference: reference, done: false, text: "\(file.path) exists: kept"))
                        continue
                    }
                    let text = try desk.export(reference: document.reference, format: .txt).text
                    try SafeFileWriter.write(Data(text.utf8), to: file.path, replacing: false)
                    outcomes.append(.init(reference: reference, done: true, text: "exported to \(file.path)"))
                }
            } catch {
                outcomes.append(.init(reference: reference, done: false, text: "refused: \(String(describing: error))"))
            }
        }
        report("Export", outcomes)
    }

    /// `;r`: a reminder for every document of the marked items awaiting an answer (the engine's
    /// one rule: none twice), reported item by item like hold and export.
    func remindMarked(confirmed: Bool) {
        guard
            let marked = markedItems(
                confirmed: confirmed, .remindMarked, asking: { "Draft reminders for \($0) marked items?" })
        else { return }
        attempt {
            let run = try writing { () throws(EngineError) in try desk.draftReminders(forItems: marked) }
            var outcomes = run.itemsAwaitingNothing.map {
                MarkedOutcome(reference: $0, done: false, text: "no document awaits an answer")
            }
            for entry in run.entries {
                switch entry.outcome {
                case .drafted(let reminder):
                    outcomes.append(
                        .init(reference: entry.item, done: true, text: "drafted \(reminder) for \(entry.parent)"))
                case .alreadyReady(let reminder):
                    outcomes.append(
                        .init(
                            reference: entry.item, done: false,
                            text: "\(reminder) already drafted for \(entry.parent), not sent: none drafted"))
                case .refused(let reason):
                    outcomes.append(
                        .init(reference: entry.item, done: false, text: "refused for \(entry.parent): \(reason)"))
                }
            }
            report("Reminders", outcomes.sorted { $0.reference < $1.reference })
        }
        reloadAfterChange()
    }

    /// The marked items once the question was answered yes; nil after saying none is marked or
    /// asking (the answer runs `command` again, confirmed).
    private func markedItems(confirmed: Bool, _ command: DeskCommand, asking question: (Int) -> String) -> [String]? {
        let marked = state.queue.marks.sorted()
        guard !marked.isEmpty else {
            state.message = .error("no item is marked (Space marks)")
            return nil
        }
        guard confirmed else {
            ask(question(marked.count), command, nil)
            return nil
        }
        return marked
    }

    /// One line per item and act, in a list (Enter opens the item): what was done, what was not.
    private func report(_ action: String, _ outcomes: [MarkedOutcome]) {
        let done = outcomes.filter(\.done).count
        let summary = "\(action) of \(state.queue.marks.count) marked items: \(done) done, \(outcomes.count - done) not"
        state.message = outcomes.count - done == 0 ? .info(summary) : .error(summary)
        state.picker = Picker(
            title: summary + " (Enter opens the item)", purpose: .command(.open),
            options: outcomes.map {
                .init(key: $0.reference, label: "\($0.done ? "✓" : "✗") \($0.reference)", note: $0.text)
            }, allowsMany: false, chosen: [])
    }
}

/// What a command on marked items did to one item.
struct MarkedOutcome {
    var reference: String
    var done: Bool
    var text: String
}
