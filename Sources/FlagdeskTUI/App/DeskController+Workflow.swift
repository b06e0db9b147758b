import FlagdeskCore
import FlagdeskEngine
import Foundation

/// Triage, compose, deadlines and item actions: each one an Engine call (roles, four-eyes and
/// refusals are the Engine's; a refusal shows on the bottom line and loses nothing).
extension DeskController {
    /// The item the command is about: the open item, else the queue's selection.
    var currentItemReference: String? {
        if case .item(let page) = state.screen { return page.detail.item.reference }
        return state.queue.selectedRow?.item.reference
    }

    func runWorkflow(_ command: DeskCommand, argument: String?) {
        switch command {
        case .triage: startTriage(argument ?? currentItemReference)
        case .compose: startCompose(argument ?? currentItemReference)
        case .deadlines: showDeadlines()
        case .hold: toggleHold(argument ?? currentItemReference)
        case .resolve:
            itemAction(argument ?? currentItemReference, "resolved") { desk, ref throws(EngineError) in
                try desk.resolve(reference: ref)
            }
        case .closeNoAction: askNoActionReason(argument ?? currentItemReference)
        case .edit: editField(argument)
        case .editExternally: editExternally()
        case .save: saveTriage()
        case .approve: documentAction("approved") { desk, ref throws(EngineError) in try desk.approve(reference: ref) }
        case .send: sendDocument(argument)
        case .export: exportDocument()
        case .document: if let argument { openDocument(argument) }
        case .draftNext: draftNextStep(argument)
        case .remindMarked: remindMarked(confirmed: argument == "yes")
        default: break
        }
    }

    // MARK: Triage

    private func startTriage(_ reference: String?) {
        guard let reference else { return }
        attempt { push(.triage(TriageForm(item: try desk.detail(reference: reference).item))) }
    }

    private func editField(_ argument: String?) {
        if case .add = state.screen {
            editAddField()
            return
        }
        if case .compose = state.screen {
            if let argument { setDocumentField(argument) } else { state.prompt = Prompt(purpose: .documentField) }
            return
        }
        guard case .triage(var form) = state.screen else { return }
        let field = form.focusedField
        switch field {
        case .category:
            state.picker = .category(chosen: form.category)
        case .keywords:
            state.picker = Picker(
                title: "Keywords", purpose: .keywords,
                options: DSAKeyword.allCases.map { .init(key: $0.rawValue, label: $0.label) }, allowsMany: true,
                chosen: Set(form.keywords.map(\.rawValue)))
        case .contentTypes:
            state.picker = .contentTypes(chosen: form.contentTypes)
        case .minor:
            form.minor = form.minor.cycled()
        case .threatToLife: form.threatToLife.toggle()
        case .leaHold: form.leaHold.toggle()
        case .indicator(let key) where form.indicators[key] != nil:
            form.indicators[key] = nil
            form.indicatorsChanged = true
        case .legalBasis, .explanation, .note, .indicator:
            var prompt = Prompt(purpose: .formText(field))
            prompt.editor = LineEditor(form.text(of: field))
            state.prompt = prompt
        }
        state.screen = .triage(form)
    }

    func handlePickerKey(_ key: Key) {
        guard var picker = state.picker else { return }
        guard let accepted = picker.apply(key) else {
            state.picker = picker
            return
        }
        state.picker = nil
        guard accepted else { return }
        if case .command(let command) = picker.purpose {
            if let key = picker.chosen.first { run(command, argument: key) }
            return
        }
        if case .documentKind(let items) = picker.purpose {
            guard let key = picker.chosen.first, let kind = DocumentKind(rawValue: key) else { return }
            attempt {
                let view = try writing { () throws(EngineError) in
                    try desk.draft(DraftRequest(kind: kind, items: items))
                }
                push(.compose(ComposePage(view: view)))
            }
            return
        }
        if case .add = state.screen {
            acceptAddPicker(picker)
            return
        }
        guard case .triage(var form) = state.screen else { return }
        switch picker.purpose {
        case .category: form.category = picker.chosen.first.flatMap(DSACategory.init(rawValue:))
        case .keywords: form.keywords = DSAKeyword.allCases.filter { picker.chosen.contains($0.rawValue) }
        case .contentTypes: form.contentTypes = DSAContentType.allCases.filter { picker.chosen.contains($0.rawValue) }
        case .minor, .documentKind, .command: break
        }
        state.screen = .triage(form)
    }

    func acceptFormText(_ text: String, field: TriageForm.Field) {
        guard case .triage(var form) = state.screen else { return }
        form.setText(text, of: field)
        state.screen = .triage(form)
    }

    private func editExternally() {
        guard case .triage(let form) = state.screen else { return }
        let field = form.focusedField
        guard field.isLongText else {
            state.message = .error("e edits long text: legal basis, explanation or note")
            return
        }
        state.pendingEditor = EditorRequest(field: field, text: form.text(of: field))
    }

    /// The text back from $EDITOR (nil: the editor failed; the form keeps its text).
    public func finishEditing(_ text: String?) {
        guard let request = state.pendingEditor else { return }
        state.pendingEditor = nil
        guard let text else {
            state.message = .error("the editor failed; nothing changed")
            return
        }
        acceptFormText(text.hasSuffix("\n") ? String(text.dropLast()) : text, field: request.field)
    }

    /// No $EDITOR: the text is edited on the bottom line instead.
    func editInline() {
        guard let request = state.pendingEditor else { return }
        state.pendingEditor = nil
        var prompt = Prompt(purpose: .formText(request.field))
        prompt.editor = LineEditor(request.text)
        state.prompt = prompt
    }

    private func saveTriage() {
        if case .add = state.screen {
            saveNewItem()
            return
        }
        guard case .triage(let form) = state.screen else { return }
        attempt {
            let outcome = try writing { () throws(EngineError) in try desk.triage(form.request) }
            goBackAfterChange()
            let warnings = outcome.warnings.isEmpty ? "" : "; warning: " + outcome.warnings.joined(separator: "; ")
            state.message = .info("triaged \(outcome.item.reference): \(outcome.item.status.label)\(warnings)")
        }
    }

    // MARK: Item actions

    /// `H` asks first: a hold stops every notice for the item, a release lets them leave.
    private func toggleHold(_ reference: String?) {
        guard let reference else { return }
        attempt {
            let item = try desk.detail(reference: reference).item
            guard isConfirmed else {
                let question =
                    item.leaHold
                    ? "Release \(reference) from the LEA hold? Its notices may then be sent"
                    : "Put \(reference) on LEA hold? No notice leaves for it until it is released"
                ask(question, .hold, reference)
                return
            }
            let changed = try writing { () throws(EngineError) in
                item.leaHold ? try desk.release(reference: reference) : try desk.hold(reference: reference)
            }
            state.message = .info("\(reference) is \(changed.status.label)")
            reloadAfterChange()
        }
    }

    private func itemAction(_ reference: String?, _ done: String, _ action: (Desk, String) throws(EngineError) -> Item)
    {
        guard let reference else { return }
        attempt {
            _ = try writing { () throws(EngineError) in try action(desk, reference) }
            state.message = .info("\(reference) \(done)")
            reloadAfterChange()
        }
    }

    private func askNoActionReason(_ reference: String?) {
        guard let reference else { return }
        state.prompt = Prompt(purpose: .noActionReason(reference))
    }

    func closeWithoutAction(_ reference: String, reason: String) {
        attempt {
            _ = try writing { () throws(EngineError) in
                try desk.closeWithoutAction(reference: reference, reason: reason)
            }
            state.message = .info("\(reference) closed without action: \(reason)")
            reloadAfterChange()
        }
    }

    // MARK: Documents

    private func startCompose(_ reference: String?) {
        guard let reference else { return }
        attempt {
            let proposals = try desk.proposals(reference: reference)
            let proposed = Set(proposals.map(\.kind))
            let options =
                proposals.map {
                    Picker.Option(key: $0.kind.rawValue, label: $0.kind.title, note: "\($0.reason) (\($0.source))")
                }
                + DocumentKind.allCases.filter { !proposed.contains($0) && !$0.isFollowUp }
                .map { Picker.Option(key: $0.rawValue, label: $0.title, note: nil) }
            state.picker = Picker(
                title: "Draft for \(reference): proposals first", purpose: .documentKind(items: [reference]),
                options: options, allowsMany: false, chosen: [])
        }
    }

    func openDocument(_ reference: String) {
        attempt { push(.compose(try documentPage(try revalidated(reference)))) }
    }

    /// The document validated again as it is shown: a draft whose problems were fixed elsewhere
    /// (the configuration, the directory) is ready now (issue #17).
    func revalidated(_ reference: String) throws(EngineError) -> DocumentView {
        try writing { () throws(EngineError) in try desk.revalidate(reference: reference) }
    }

    private func setDocumentField(_ text: String) {
        guard case .compose(var page) = state.screen else { return }
        do {
            let setting = try FieldSetting(parsing: text)
            attempt {
                page.view = try writing { () throws(EngineError) in
                    try desk.edit(
                        reference: page.view.record.reference, settings: [setting],
                        expectedVersion: page.view.record.version)
                }
                state.screen = .compose(page)
                state.message = .info("set \(setting.key); \(page.view.missing.count) element(s) missing")
            }
        } catch {
            state.message = .error(String(describing: error))
        }
    }

    private func documentAction(_ done: String, _ action: (Desk, String) throws(EngineError) -> DocumentView) {
        guard case .compose(var page) = state.screen else { return }
        attempt {
            page.view = try writing { () throws(EngineError) in try action(desk, page.view.record.reference) }
            state.screen = .compose(page)
            state.message = .info("\(page.view.record.reference) \(done)")
        }
    }

    /// `x`: REFERENCE.txt in the current folder through the engine's safe writer; an existing
    /// file is replaced only after `y` (the CLI refuses it without `--force`).
    private func exportDocument() {
        guard case .compose(let page) = state.screen else { return }
        let file = exportFolder.appendingPathComponent("\(page.view.record.reference).txt")
        do {
            try desk.refuseOwnFile(file.path)
        } catch {
            state.message = .error(error.description)
            return
        }
        if SafeFileWriter.exists(file.path), !isConfirmed {
            ask("\(file.path) exists: replace it?", .export, nil)
            return
        }
        do {
            try SafeFileWriter.write(Data(page.view.rendered.text.utf8), to: file.path, replacing: isConfirmed)
            state.message = .info("exported to \(file.path)")
        } catch {
            state.message = .error(error.description)
        }
    }

    // MARK: Deadlines

    private func showDeadlines() {
        attempt {
            let page = DeadlinesPage(
                rows: try desk.deadlines(DeadlineQuery(limit: 500)), mandates: try desk.mandatesExpiring())
            if case .deadlines = state.screen { state.screen = .deadlines(page) } else { push(.deadlines(page)) }
        }
    }

    var selectedDeadline: DeadlineRow? {
        guard case .deadlines(let page) = state.screen, page.rows.indices.contains(page.selected) else { return nil }
        return page.rows[page.selected]
    }

    /// `d`: the ladder's next step for the selected deadline; when it proposes two documents, a
    /// picker chooses. A follow-up already drafted and not sent is opened, never drafted twice
    /// (the engine's `draftFollowUp` decides).
    private func draftNextStep(_ argument: String?) {
        guard let row = selectedDeadline else { return }
        let steps = row.nextSteps
        guard !steps.isEmpty else {
            state.message = .error("the escalation ladder has no next step for \(row.documentReference)")
            return
        }
        let kind: DocumentKind
        if let argument {
            guard let chosen = DocumentKind(rawValue: argument), steps.contains(chosen) else {
                state.message = .error(
                    "the ladder proposes " + steps.map(\.rawValue).joined(separator: " or ")
                        + " for \(row.documentReference)")
                return
            }
            kind = chosen
        } else if steps.count == 1 {
            kind = steps[0]
        } else {
            state.picker = Picker(
                title: "Next step after \(row.documentReference): the ladder proposes \(steps.count)",
                purpose: .command(.draftNext),
                options: steps.map { .init(key: $0.rawValue, label: $0.title, note: nil) }, allowsMany: false,
                chosen: [])
            return
        }
        attempt {
            let followUp = try writing { () throws(EngineError) in
                try desk.draftFollowUp(kind: kind, parent: row.documentReference)
            }
            push(.compose(ComposePage(view: followUp.view)))
            let reference = followUp.view.record.reference
            state.message =
                followUp.isNew
                ? .info("drafted \(reference) (\(kind.title)) after \(row.documentReference)")
                : .info(
                    "\(reference) (\(kind.title)) is already drafted for \(row.documentReference) and not sent: "
                        + "opened it, nothing new drafted")
        }
    }

    // MARK: Reloading

    private func goBackAfterChange() {
        if let previous = state.backStack.popLast() { state.screen = previous }
        reloadAfterChange()
    }

    /// After a change made here: reload now rather than at the next poll.
    func reloadAfterChange() {
        attempt {
            try state.queue.reload(desk: desk)
            if case .item(var page) = state.screen {
                page.detail = try desk.detail(reference: page.detail.item.reference)
                state.screen = .item(page)
            }
        }
    }
}
