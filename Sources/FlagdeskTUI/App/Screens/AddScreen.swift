import FlagdeskEngine

/// The new-item form: j/k move the focus between fields.
struct AddScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .add(var form) = controller.state.screen else { return }
        form.focus = max(0, min(form.focus + delta, AddForm.fields.count - 1))
        controller.state.screen = .add(form)
    }

    /// Enter edits the focused field (the keymap binds it to `edit` here).
    func open(_ argument: String?, _ controller: DeskController) {}
}
