import FlagdeskCore
import FlagdeskEngine

/// The new-item form: one line per field, the platform the URL resolves to, the focused line
/// reversed.
@MainActor
struct AddView {
    let form: AddForm
    let context: ViewContext

    static let headerLines = 3

    func draw(on screen: any TerminalScreen) {
        screen.fillRow(
            0, with: "Add an item — Enter edits, picks or ticks, s adds it (as flagdesk add), q cancels",
            attributes: Palette.title)
        screen.fillRow(
            1, with: "Platform: " + form.platform(in: context.desk.directory), attributes: Palette.label)
        screen.fillRow(
            2, with: "The URL is required; category and legal basis can wait for triage (t).", attributes: Palette.dim)
        let labelWidth = 18
        for (index, field) in AddForm.fields.enumerated() {
            let row = Self.headerLines + index
            guard row < screen.size.rows - 2 else { break }
            let text = TextFit.cell("  " + field.label, labelWidth) + " " + form.value(of: field)
            screen.fillRow(row, with: text, attributes: index == form.focus ? Palette.selection : Palette.label)
        }
    }
}
