import FlagdeskCore
import FlagdeskEngine
import Foundation

/// Turns keys into commands and commands into changes of the state, calling the Engine for
/// data. It draws nothing: `DeskView` draws the state it holds.
@MainActor
public final class DeskController {
    public let desk: Desk
    public let keymap: Keymap
    public internal(set) var state = DeskState()
    /// The last size a frame was drawn at: page moves and scrolling depend on it.
    public var screenSize = TerminalSize(rows: 24, columns: 80)
    private var changeToken: Int64
    /// Draws the current state while a write waits for another process (see `writing`).
    var onWaiting: (@MainActor () -> Void)?
    /// Asked between write attempts: true when the user cancelled the wait (Esc, C-g, C-c).
    /// The loop reads, and discards, every key typed meanwhile (see `writing`).
    var waitIsCancelled: (@MainActor () -> Bool)?
    /// True while the command the user just confirmed with `y` runs.
    var isConfirmed = false
    /// Where `x` writes REFERENCE.txt: the folder the desk was started in.
    var exportFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    /// True while a write waits for another process (C-c then stops the wait, not the desk).
    var isWaitingForWriter = false

    public init(desk: Desk, keymap: Keymap = .standard) throws(EngineError) {
        self.desk = desk
        self.keymap = keymap
        changeToken = try desk.changeToken()
        try state.queue.load(around: nil, selecting: nil, desk: desk)
    }

    public var isFinished: Bool { state.isFinished }

    var viewContext: ViewContext { ViewContext(desk: desk) }

    /// Lines of the queue list at the current size (page moves, scrolling into view).
    var listHeight: Int { QueueView.Layout(size: screenSize, showsPreview: state.showsPreview).listHeight }

    // MARK: Keys

    public func handle(_ key: Key) {
        if key == .resize {
            state.queue.scrollIntoView(height: listHeight)
            return
        }
        state.message = nil
        if intercepts(key) { return }
        if state.awaitsMarkedCommand {
            handleMarkedKey(key)
        } else if state.picker != nil {
            handlePickerKey(key)
        } else if state.prompt != nil {
            handlePromptKey(key)
        } else if let command = keymap.command(for: key, in: state.context) {
            run(command, argument: nil)
        } else {
            state.message = .error("\(KeyNotation.name(of: key)) does nothing here; ? lists the keys")
        }
        state.queue.scrollIntoView(height: listHeight)
    }

    /// Reloads what is shown when the store changed (here or in another process). Returns
    /// whether anything was reloaded. Cheap when nothing changed: one indexed MAX().
    @discardableResult
    public func reloadIfChanged() -> Bool {
        guard storeIsStillThere() else { return true }
        guard let token = try? desk.changeToken(), token != changeToken else { return false }
        changeToken = token
        attempt {
            try state.queue.reload(desk: desk)
            try reloadScreens()
        }
        state.queue.scrollIntoView(height: listHeight)
        return true
    }

    /// Reloads the screen shown after a change (here or in another process), and the Replies
    /// pages below it.
    func reloadScreens() throws(EngineError) {
        try screenHandler.reload(self)
        // The screens below keep their counts current too when the person goes back.
        for (index, screen) in state.backStack.enumerated() {
            if case .replies(let page) = screen {
                state.backStack[index] = .replies(try repliesPage(page.tab, selected: page.selected))
            }
        }
    }

    // MARK: Commands

    func run(_ command: DeskCommand, argument: String?) {
        if let refusal = readOnlyRefusal(command) {
            state.message = .error(refusal)
            return
        }
        switch command {
        case .down: screenHandler.move(by: 1, self)
        case .up: screenHandler.move(by: -1, self)
        case .pageDown: screenHandler.move(by: max(1, screenHandler.pageSize(self)), self)
        case .pageUp: screenHandler.move(by: -max(1, screenHandler.pageSize(self)), self)
        case .top: screenHandler.moveToEnd(top: true, self)
        case .bottom: screenHandler.moveToEnd(top: false, self)
        case .open: screenHandler.open(argument, self)
        case .back: goBack()
        case .quit:
            if state.backStack.isEmpty { state.isFinished = true } else { goBack() }
        case .nextTab, .previousTab:
            if argument == nil, cycleRepliesTab(forward: command == .nextTab) { break }
            cycleTab(forward: command == .nextTab, argument: argument)
        case .tabInbox, .tabTriage, .tabInAction, .tabDue, .tabOnHold, .tabClosed:
            if let tab = command.tab { switchTab(tab) }
        case .search:
            if let argument { searchAndJump(argument, backward: false, includeSelection: false) } else { startSearch() }
        case .searchNext, .searchPrevious: repeatSearch(backward: command == .searchPrevious)
        case .filter:
            if let argument { applyFilter(argument) } else { state.prompt = Prompt(purpose: .filter) }
        case .clearFilter: applyFilter(nil)
        case .mark: toggleMark()
        case .markRange: markRange()
        case .unmarkAll: unmarkAll(confirmed: argument == "yes")
        case .tagPrefix: startTagPrefix()
        case .holdMarked: holdMarked(confirmed: argument == "yes")
        case .exportMarked: exportMarked(confirmed: argument == "yes")
        case .help:
            showHelp()
        case .commandLine: state.prompt = Prompt(purpose: .command)
        case .togglePreview: state.showsPreview.toggle()
        case .redraw: break
        case .report: showReport(argument)
        case .addItem: startAdding()
        case .triage, .compose, .deadlines, .hold, .resolve, .closeNoAction, .edit, .editExternally, .save, .approve,
            .send, .export, .document, .draftNext, .remindMarked:
            runWorkflow(command, argument: argument)
        case .cases, .people, .draftCaseNotices, .caseNew, .caseAdd: runCases(command, argument: argument)
        case .record, .withdraw, .closeDocument, .approvals, .documentItems:
            runDocumentLife(command, argument: argument)
        case .replies, .reply, .replyConfirm, .replyAttach, .replyDismiss: runReplies(command, argument: argument)
        }
    }

    /// An item by reference, else the queue's selection.
    func openItem(_ reference: String?) {
        guard let reference = reference ?? state.queue.selectedRow?.item.reference else {
            state.message = .error("no item selected")
            return
        }
        attempt {
            let detail = try desk.detail(reference: reference)
            push(.item(ItemPage(detail: detail)))
        }
    }

    private func showReport(_ argument: String?) {
        let year = argument.flatMap { Int($0) } ?? CivilDate(desk.now, in: desk.zone).year
        attempt {
            let page = ReportPage(figures: try desk.reportFigures(year: year))
            if case .report = state.screen { state.screen = .report(page) } else { push(.report(page)) }
        }
    }

    private func showHelp() {
        if case .help = state.screen { return }
        push(.help(HelpPage(context: state.context)))
    }

    func push(_ screen: Screen) {
        state.backStack.append(state.screen)
        state.screen = screen
    }

    private func goBack() {
        if let previous = state.backStack.popLast() {
            state.screen = previous
        } else if state.queue.rangeAnchor != nil {
            state.queue.rangeAnchor = nil
            state.message = .info("range cancelled")
        }
    }

    private func cycleTab(forward: Bool, argument: String?) {
        if let argument {
            let wanted = argument.lowercased().replacingOccurrences(of: " ", with: "-")
            guard
                let tab = QueueTab.allCases.first(where: {
                    $0.rawValue == wanted || $0.title.lowercased() == argument.lowercased()
                })
            else {
                state.message = .error(
                    "no tab '\(argument)'; tabs: " + QueueTab.allCases.map(\.rawValue).joined(separator: ", "))
                return
            }
            switchTab(tab)
            return
        }
        let all = QueueTab.allCases
        let index = all.firstIndex(of: state.queue.tab) ?? 0
        switchTab(all[(index + (forward ? 1 : all.count - 1)) % all.count])
    }

    private func switchTab(_ tab: QueueTab) {
        state.screen = .queue
        state.backStack = []
        attempt { try state.queue.switchTab(to: tab, desk: desk) }
    }

    private func applyFilter(_ text: String?) {
        let trimmed = text?.trimmingCharacters(in: .whitespaces)
        state.queue.filter = trimmed?.isEmpty == false ? trimmed : nil
        state.queue.viewTop = 0
        attempt { try state.queue.load(around: nil, selecting: nil, desk: desk) }
        if let filter = state.queue.filter {
            state.message = .info("\(state.queue.totalText) items match '\(filter)'")
        }
    }

    /// Runs an Engine call; a refusal or error becomes the bottom-line message, nothing is lost.
    func attempt(_ body: () throws -> Void) {
        do {
            try body()
        } catch let error as EngineError {
            state.message = .error(error.description)
            _ = storeIsStillThere()
        } catch {
            state.message = .error(String(describing: error))
        }
    }

    /// False, and the desk finishes with the reason, when the store's database is no longer the
    /// file opened: answering on would report as saved what nobody will read again.
    func storeIsStillThere() -> Bool {
        do {
            try desk.checkStoreStillThere()
            return true
        } catch {
            state.lostStore = error.description
            state.message = .error(error.description)
            state.isFinished = true
            return false
        }
    }
}
