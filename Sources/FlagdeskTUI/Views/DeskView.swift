import FlagdeskCore
import FlagdeskEngine

/// Draws a whole frame: the current screen, the status bar and the bottom line. The frame is a
/// function of the state and the screen size only, so a resize is just another frame.
@MainActor
struct DeskView {
    /// Below this the desk shows a message instead of a squeezed layout.
    static let minimumSize = TerminalSize(rows: 12, columns: 60)

    let state: DeskState
    let context: ViewContext
    let keymap: Keymap
    let identity: DeskIdentity

    func draw(on screen: any TerminalScreen) {
        screen.clear()
        let size = screen.size
        guard size.rows >= Self.minimumSize.rows, size.columns >= Self.minimumSize.columns else {
            drawTooSmall(on: screen)
            screen.refresh()
            return
        }
        switch state.screen {
        case .queue: QueueView(state: state, context: context).draw(on: screen)
        case .item(let page): ItemView(page: page, context: context).draw(on: screen)
        case .help(let page): HelpView(page: page, keymap: keymap).draw(on: screen)
        case .report(let page): ReportView(page: page).draw(on: screen)
        case .triage(let form): TriageView(form: form).draw(on: screen)
        case .add(let form): AddView(form: form, context: context).draw(on: screen)
        case .compose(let page): ComposeView(page: page, context: context).draw(on: screen)
        case .deadlines(let page): DeadlinesView(page: page, context: context).draw(on: screen)
        case .cases(let page): CasesView(page: page, context: context).draw(on: screen)
        case .caseView(let page): CaseView(page: page, context: context).draw(on: screen)
        case .people(let page): PeopleView(page: page, context: context).draw(on: screen)
        case .replies(let page): RepliesView(page: page, context: context).draw(on: screen)
        case .reply(let page): ReplyView(page: page, context: context).draw(on: screen)
        }
        if let picker = state.picker { PickerView(picker: picker).draw(on: screen) }
        if state.prompt != nil, let message = state.message {
            // What a prompt key said (Tab's candidates at `:`) shows above the line being typed.
            screen.fillRow(size.rows - 2, with: message.text, attributes: Palette.statusBar)
        } else {
            screen.fillRow(size.rows - 2, with: statusText(), attributes: Palette.statusBar)
        }
        drawBottomLine(on: screen, row: size.rows - 1)
        screen.refresh()
    }

    private func drawTooSmall(on screen: any TerminalScreen) {
        let size = screen.size
        let lines = [
            "Terminal too small: \(size.columns)x\(size.rows)",
            "Flagdesk needs \(Self.minimumSize.columns)x\(Self.minimumSize.rows).", "Enlarge it, or q to quit.",
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.rows {
            let column = max(0, (size.columns - DisplayWidth.width(of: line)) / 2)
            screen.put(line, at: TerminalPosition(row: top + offset, column: column), attributes: Palette.title)
        }
    }

    /// User, role, counts, marks, position and store (Datenanfragen's badge: overdue and action
    /// needed always in sight).
    func statusText() -> String {
        let queue = state.queue
        var parts = [
            " \(identity.user) (\(identity.role))", "overdue \(QueueCounts.text(queue.counts.overdue))",
            "action needed \(QueueCounts.text(queue.counts.actionNeeded))",
        ]
        if !queue.marks.isEmpty { parts.append("\(queue.marks.count) marked") }
        if queue.rangeAnchor != nil { parts.append("range from \(queue.rangeAnchor!.reference)") }
        if case .queue = state.screen {
            parts.append(queue.total == 0 ? "0/0" : "\(queue.selectedPosition + 1)/\(queue.totalText)")
        }
        parts.append("store \(identity.store)")
        if identity.isReadOnly { parts.insert("READ-ONLY store: nothing can be changed", at: 1) }
        return parts.joined(separator: " │ ")
    }

    private func drawBottomLine(on screen: any TerminalScreen, row: Int) {
        let width = screen.size.columns
        if let prompt = state.prompt {
            let label = prompt.label
            let text = prompt.editor.text
            screen.fillRow(row, with: label + text)
            // The cursor: the cell after the typed text, drawn reversed (curses' cursor is hidden).
            let before = TerminalSanitizer.sanitize(String(text.prefix(prompt.editor.cursor)))
            let column = DisplayWidth.width(of: TerminalSanitizer.sanitize(label) + before)
            if column < width {
                let under = text.dropFirst(prompt.editor.cursor).first.map { String($0) } ?? " "
                screen.put(under, at: TerminalPosition(row: row, column: column), attributes: Palette.selection)
            }
            return
        }
        if let message = state.message {
            screen.fillRow(row, with: message.text, attributes: message.kind == .error ? Palette.error : .normal)
            return
        }
        screen.fillRow(row, with: hints(), attributes: Palette.dim)
    }

    /// newsboat's hint line, from the keymap (`HintLine`).
    private func hints() -> String { HintLine.text(for: state.context, keymap: keymap) }
}

/// Who is working, on which store: shown in the status bar.
public struct DeskIdentity: Sendable {
    public var user: String
    public var role: String
    public var store: String
    /// The store cannot be changed by this account (`Store.readOnlyReason`): said in the status bar.
    public var isReadOnly: Bool

    public init(user: String, role: String, store: String, isReadOnly: Bool = false) {
        self.user = user
        self.role = role
        self.store = store
        self.isReadOnly = isReadOnly
    }

    public init(desk: Desk) {
        user = desk.actor
        role = desk.role?.rawValue ?? "no role"
        store = desk.store.folder.path
        isReadOnly = desk.readOnlyReason != nil
    }
}
