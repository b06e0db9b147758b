import FlagdeskCore
import FlagdeskEngine

/// `a` on the queue: a new item typed at the desk and added through the same engine call as
/// `flagdesk add`; a refusal shows the engine's message and keeps the form as typed (issue #17).
extension DeskController {
    func startAdding() {
        push(.add(AddForm()))
    }

    func editAddField() {
        guard case .add(var form) = state.screen else { return }
        let field = form.focusedField
        switch field {
        case .url, .legalBasis, .explanation:
            var prompt = Prompt(purpose: .addText(field))
            prompt.editor = LineEditor(form.text(of: field))
            state.prompt = prompt
        case .category:
            state.picker = .category(chosen: form.category)
        case .contentTypes:
            state.picker = .contentTypes(chosen: form.contentTypes)
        case .minor:
            form.minor = form.minor.cycled()
        case .threatToLife: form.threatToLife.toggle()
        case .source:
            form.source = form.source.cycled()
        }
        state.screen = .add(form)
    }

    func acceptAddText(_ text: String, field: AddForm.Field) {
        guard case .add(var form) = state.screen else { return }
        form.setText(text, of: field)
        state.screen = .add(form)
    }

    func acceptAddPicker(_ picker: Picker) {
        guard case .add(var form) = state.screen else { return }
        switch picker.purpose {
        case .category: form.category = picker.chosen.first.flatMap(DSACategory.init(rawValue:))
        case .contentTypes: form.contentTypes = DSAContentType.allCases.filter { picker.chosen.contains($0.rawValue) }
        default: break
        }
        state.screen = .add(form)
    }

    /// `s`: the engine's `add`; on success back to the queue, else the form stays as typed.
    func saveNewItem() {
        guard case .add(let form) = state.screen else { return }
        guard !form.url.trimmingCharacters(in: .whitespaces).isEmpty else {
            state.message = .error("type the URL first (Enter on URL); nothing was added")
            return
        }
        attempt {
            let outcome = try writing { () throws(EngineError) in try desk.add(form.request) }
            switch outcome {
            case .added(let item, _):
                if let previous = state.backStack.popLast() { state.screen = previous }
                reloadAfterChange()
                state.message = .info("added \(item.reference) (\(item.host)); t triages it")
            case .alreadyOnRecord(let existing):
                state.message = .error(
                    "this URL is already on record as \(existing.reference); nothing was added "
                        + "(`flagdesk add --force` adds it linked to \(existing.reference))")
            }
        }
    }
}
