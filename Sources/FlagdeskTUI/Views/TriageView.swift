import FlagdeskCore
import FlagdeskEngine

/// The triage form: one line per field, the indicator checklist below, the focused line reversed.
@MainActor
struct TriageView {
    let form: TriageForm

    /// Screen lines before the fields (title, help line).
    static let headerLines = 2

    func draw(on screen: any TerminalScreen) {
        let width = screen.size.columns
        screen.fillRow(
            0, with: "Triage \(form.reference) — Enter edits or ticks, e opens $EDITOR, s saves, q cancels",
            attributes: Palette.title)
        screen.fillRow(
            1, with: "Indicators support a person's judgement; none proves trafficking (UNODC). Tick with your reason.",
            attributes: Palette.dim)
        // The last line before the status line: the focused indicator's standing and caution
        // (the NIJ study's "not the same as 'new in town'"), so the flagger reads it while ticking.
        let height = screen.size.rows - 3 - Self.headerLines
        screen.fillRow(screen.size.rows - 3, with: caution, attributes: Palette.dim)
        let labelWidth = min(46, max(16, width / 3))
        for line in 0..<max(0, height) {
            let index = form.scroll + line
            guard index < TriageForm.fields.count else { break }
            let field = TriageForm.fields[index]
            var label = field.label
            if case .indicator(let key) = field, let indicator = IndicatorCatalog.indicator(key) {
                // Short marks in the narrow label column; the caution line says the rest.
                var marks = indicator.standing.label.map { ["(\($0))"] } ?? []
                if indicator.isCharacteristic { marks.append("(characteristic)") }
                label = marks.map { $0 + " " }.joined() + label
            }
            let text = TextFit.cell("  " + label, labelWidth) + " " + form.value(of: field)
            let attributes: TextAttributes =
                index == form.focus ? Palette.selection : (isIndicator(field) ? .normal : Palette.label)
            screen.fillRow(Self.headerLines + line, with: text, attributes: attributes)
        }
    }

    /// The focused indicator's checklist line with its caution; empty on other fields.
    private var caution: String {
        guard TriageForm.fields.indices.contains(form.focus), case .indicator(let key) = TriageForm.fields[form.focus],
            let indicator = IndicatorCatalog.indicator(key), !indicator.tags.isEmpty || indicator.note != nil
        else { return "" }
        return "  " + indicator.checklistText
    }

    private func isIndicator(_ field: TriageForm.Field) -> Bool {
        if case .indicator = field { return true }
        return false
    }
}

/// A picker drawn over the lower part of the screen.
@MainActor
struct PickerView {
    let picker: Picker

    func draw(on screen: any TerminalScreen) {
        let size = screen.size
        let height = max(4, min(size.rows - 4, picker.options.count + 3))
        let top = size.rows - 2 - height
        let help =
            picker.allowsMany
            ? "type to filter, arrows move, Space ticks, Enter accepts" : "type to filter, arrows move, Enter chooses"
        screen.fillRow(
            top, with: "── \(picker.title) — \(help) " + String(repeating: "─", count: size.columns),
            attributes: Palette.header)
        screen.fillRow(top + 1, with: "filter: " + picker.filter.text, attributes: Palette.label)
        let visible = picker.visible
        let rows = height - 2
        let first = max(0, min(picker.highlighted - rows + 1, max(0, visible.count - rows)))
        for line in 0..<rows {
            let index = first + line
            let row = top + 2 + line
            guard index < visible.count else {
                screen.fillRow(row)
                continue
            }
            let option = visible[index]
            let box = picker.allowsMany ? (picker.chosen.contains(option.key) ? "[x] " : "[ ] ") : ""
            let note = option.note.map { "  — \($0)" } ?? ""
            screen.fillRow(
                row, with: " " + box + option.label + note,
                attributes: index == picker.highlighted ? Palette.selection : .normal)
        }
    }
}
