import FlagdeskEngine

/// The triage form: j/k move the focus between fields, keeping it on screen.
struct TriageScreen: ScreenHandler {
    func move(by delta: Int, _ controller: DeskController) {
        guard case .triage(var form) = controller.state.screen else { return }
        form.focus = max(0, min(form.focus + delta, TriageForm.fields.count - 1))
        let height = max(1, controller.screenSize.rows - 3 - TriageView.headerLines)
        if form.focus < form.scroll { form.scroll = form.focus }
        if form.focus >= form.scroll + height { form.scroll = form.focus - height + 1 }
        controller.state.screen = .triage(form)
    }
}
