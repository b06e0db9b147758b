import FlagdeskEngine

/// Keys stopped before they reach a screen's command: nothing acts blind while the "terminal too
/// small" screen hides everything, and leaving a changed triage form asks first (issue #17:
/// irreversible actions ask, nothing typed is lost).
extension DeskController {
    /// Whether the last frame was the "terminal too small" one (`DeskView.minimumSize`).
    var screenIsTooSmall: Bool {
        screenSize.rows < DeskView.minimumSize.rows || screenSize.columns < DeskView.minimumSize.columns
    }

    /// The triage form open with changes not yet saved.
    var hasUnsavedTriage: Bool {
        if case .triage(let form) = state.screen { return form.isChanged }
        if case .add(let form) = state.screen { return form.isChanged }
        return false
    }

    /// Whether C-c should arrive as a key rather than end the desk.
    public var keepsInterrupt: Bool { hasUnsavedTriage || isWaitingForWriter }

    /// True when the key was dealt with here and must not run its command.
    func intercepts(_ key: Key) -> Bool {
        if screenIsTooSmall {
            // The screen says "Enlarge it, or q to quit": q quits unless work would be lost.
            if key == .rune("q"), state.prompt == nil, state.picker == nil, !hasUnsavedTriage {
                state.isFinished = true
            } else {
                state.message = .error("the terminal is too small: enlarge it (keys do nothing until then)")
            }
            return true
        }
        guard state.prompt == nil, state.picker == nil, hasUnsavedTriage else { return false }
        let command = keymap.command(for: key, in: state.context)
        guard key == .control("c") || command == .quit || command == .back else { return false }
        if case .triage(let form) = state.screen {
            ask("Discard the unsaved triage of \(form.reference)? s saves it instead", .back, nil)
        } else {
            ask("Discard the new item typed here? s adds it instead", .back, nil)
        }
        return true
    }
}
