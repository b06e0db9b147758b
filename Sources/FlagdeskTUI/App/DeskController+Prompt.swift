import FlagdeskCore
import FlagdeskEngine

/// The bottom-line prompts (search, filter, `:` command, confirmations) and marks.
extension DeskController {
    func handlePromptKey(_ key: Key) {
        guard var prompt = state.prompt else { return }
        if case .confirm(let action) = prompt.purpose {
            state.prompt = nil
            if key == .rune("y") || key == .rune("Y") {
                isConfirmed = true
                defer { isConfirmed = false }
                run(action.command, argument: action.argument ?? "yes")
            } else {
                state.message = .info("cancelled")
            }
            return
        }
        if case .command = prompt.purpose, handleCommandLineKey(key, &prompt) {
            state.prompt = prompt
            return
        }
        switch key {
        case .escape, .control("g"), .control("c"):
            state.prompt = nil
            state.commandHistory.reset()
            state.message = .info("cancelled")
        case .enter:
            state.prompt = nil
            if case .command = prompt.purpose { state.commandHistory.record(prompt.editor.text) }
            accept(prompt)
        default:
            guard prompt.editor.apply(key) else { return }
            state.prompt = prompt
            if case .search(let origin) = prompt.purpose, !prompt.editor.text.isEmpty {
                incrementalSearch(prompt.editor.text, from: origin)
            }
        }
    }

    private func accept(_ prompt: Prompt) {
        let text = prompt.editor.text
        switch prompt.purpose {
        case .search:
            guard !text.isEmpty else { return }
            state.queue.lastSearch = text
            announceMatches(text)
        case .filter:
            run(.filter, argument: text.isEmpty ? nil : text)
            if text.isEmpty { run(.clearFilter, argument: nil) }
        case .command:
            runCommandLine(text)
        case .formText(let field):
            acceptFormText(text, field: field)
        case .addText(let field):
            acceptAddText(text, field: field)
        case .documentField:
            if !text.isEmpty { run(.edit, argument: text) }
        case .noActionReason(let reference):
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                state.message = .error("a reason is needed to close \(reference) without action; nothing changed")
            } else {
                closeWithoutAction(reference, reason: text)
            }
        case .argument(let command, _):
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                state.message = .info("cancelled: nothing typed, nothing changed")
            } else {
                run(command, argument: text)
            }
        case .attachReply(let reference):
            attachReply(reference, to: text)
        case .sendingTime:
            let time = text.trimmingCharacters(in: .whitespaces)
            run(.send, argument: "manual " + (time.isEmpty ? "now" : time))
        case .confirm:
            break
        }
    }

    /// Tab completes (`CommandCompletion`), Up and Down walk this session's lines
    /// (`CommandHistory`); true when the key was one of them.
    private func handleCommandLineKey(_ key: Key, _ prompt: inout Prompt) -> Bool {
        switch key {
        case .tab:
            let result = CommandCompletion.complete(prompt.editor.text)
            prompt.editor = LineEditor(result.text)
            if !result.candidates.isEmpty { state.message = .info(result.candidates.joined(separator: "  ")) }
        case .up:
            guard let line = state.commandHistory.previous(current: prompt.editor.text) else { return true }
            prompt.editor = LineEditor(line)
        case .down:
            guard let line = state.commandHistory.next() else { return true }
            prompt.editor = LineEditor(line)
        default:
            return false
        }
        return true
    }

    /// `:name [argument]`: every command of the keymap by name.
    public func runCommandLine(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        guard let (command, argument) = Keymap.parseCommandLine(line) else {
            state.message = .error("unknown command '\(line)'; ? lists the commands")
            return
        }
        run(command, argument: argument)
    }

    // MARK: Search

    func startSearch() {
        guard case .queue = state.screen else {
            state.message = .error("search works on the queue")
            return
        }
        attempt {
            let origin = try state.queue.cursorBeforeSelection(desk: desk)
            state.prompt = Prompt(purpose: .search(origin: origin))
        }
    }

    /// As the user types: the first match at or after where the search started, wrapping.
    private func incrementalSearch(_ text: String, from origin: QueueCursor?) {
        attempt {
            var match = try state.queue.find(text, backward: false, from: origin, desk: desk)
            if match == nil { match = try state.queue.find(text, backward: false, from: nil, desk: desk) }
            if let row = match {
                try jump(to: row)
            } else {
                state.message = .error("not found: no item in this tab matches '\(text)'")
            }
        }
    }

    func searchAndJump(_ text: String, backward: Bool, includeSelection: Bool) {
        state.queue.lastSearch = text
        attempt {
            let origin =
                includeSelection ? try state.queue.cursorBeforeSelection(desk: desk) : state.queue.selectedRow?.cursor
            if let row = try state.queue.find(text, backward: backward, from: origin, desk: desk) {
                try jump(to: row)
                announceMatches(text)
            } else if let row = try state.queue.find(text, backward: backward, from: nil, desk: desk) {
                try jump(to: row)
                announceMatches(text, wrapped: backward ? "search wrapped to the bottom" : "search wrapped to the top")
            } else {
                state.message = .error("not found: no item in this tab matches '\(text)'")
            }
        }
    }

    func repeatSearch(backward: Bool) {
        guard let text = state.queue.lastSearch else {
            state.message = .error("no search yet; / searches")
            return
        }
        searchAndJump(text, backward: backward, includeSelection: false)
    }

    /// "N items match": counted once the search is entered or repeated, never on each key typed
    /// (a count scans every match).
    private func announceMatches(_ text: String, wrapped: String? = nil) {
        attempt {
            let count = try desk.queueCount(state.queue.tab, text: state.queue.searchText(text))
            let matches =
                count == 0
                ? "not found: no item in this tab matches '\(text)'"
                : count == 1
                    ? "1 item in this tab matches '\(text)'"
                    : "\(count) items in this tab match '\(text)'; n next, N previous"
            state.message =
                count == 0 ? .error(matches) : .info([wrapped, matches].compactMap { $0 }.joined(separator: "; "))
        }
    }

    private func jump(to row: QueueRow) throws(EngineError) {
        if state.queue.selectedRow?.item.reference == row.item.reference { return }
        try state.queue.load(around: row.cursor, selecting: row.item.reference, desk: desk)
    }

    // MARK: Marks

    func toggleMark() {
        guard let reference = state.queue.selectedRow?.item.reference else { return }
        if state.queue.marks.remove(reference) == nil { state.queue.marks.insert(reference) }
        attempt { try state.queue.move(by: 1, desk: desk) }
    }

    /// `v` once starts a range at the selection; `v` again marks everything between.
    func markRange() {
        guard let row = state.queue.selectedRow else { return }
        let here = QueueState.RangeAnchor(
            position: state.queue.selectedPosition, cursor: row.cursor, reference: row.item.reference)
        guard let anchor = state.queue.rangeAnchor else {
            state.queue.rangeAnchor = here
            state.message = .info("range starts at \(row.item.reference): move, then v again (Esc cancels)")
            return
        }
        state.queue.rangeAnchor = nil
        let (lower, upper) = anchor.position <= here.position ? (anchor, here) : (here, anchor)
        attempt {
            let references = try state.queue.rows(from: lower, count: upper.position - lower.position + 1, desk: desk)
            state.queue.marks.formUnion(references)
            state.message = .info("marked \(references.count) items (\(state.queue.marks.count) in all)")
        }
    }

    /// Asks a yes/no question on the bottom line; "y" runs `command` with `argument`.
    func ask(_ question: String, _ command: DeskCommand, _ argument: String?) {
        state.prompt = Prompt(
            purpose: .confirm(ConfirmedAction(question: question, command: command, argument: argument)))
    }

    func unmarkAll(confirmed: Bool) {
        let count = state.queue.marks.count
        guard count > 0 else { return }
        if count > 1, !confirmed {
            ask("Clear \(count) marks?", .unmarkAll, nil)
            return
        }
        state.queue.marks = []
        state.message = .info("marks cleared")
    }
}
