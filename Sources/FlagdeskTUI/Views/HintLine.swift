/// newsboat's hint line: the most used commands of a screen, each with the key that runs it
/// there, read from the keymap (a key rebound in `[keys]` shows as rebound; a command left
/// without a key drops out of the line).
enum HintLine {
    /// Per screen: the commands to hint at (two for a pair of keys, `j/k`), and the word shown
    /// after the keys.
    static let commands: [KeyContext: [([DeskCommand], String)]] = [
        .queue: [
            ([.help], "help"), ([.open], "open"), ([.triage], "triage"), ([.compose], "compose"),
            ([.deadlines], "deadlines"),
            ([.search], "search"), ([.mark], "mark"), ([.commandLine], "command"), ([.quit], "quit"),
        ],
        .item: [
            ([.help], "help"), ([.open], "documents"), ([.down, .up], "scroll"), ([.triage], "triage"),
            ([.compose], "compose"),
            ([.hold], "hold"), ([.quit], "back"), ([.commandLine], "command"),
        ],
        .help: [([.down, .up], "scroll"), ([.quit], "back")],
        .report: [([.down, .up], "scroll"), ([.quit], "back")],
        .triage: [
            ([.down, .up], "field"), ([.edit], "edit/tick"), ([.editExternally], "$EDITOR"), ([.save], "save"),
            ([.quit], "cancel"),
            ([.help], "help"),
        ],
        .add: [
            ([.down, .up], "field"), ([.edit], "edit/pick/tick"), ([.save], "add the item"), ([.quit], "cancel"),
            ([.help], "help"),
        ],
        .compose: [
            ([.edit], "set"), ([.approve], "approve"), ([.send], "sent"), ([.export], "export"), ([.record], "answer"),
            ([.withdraw], "withdraw"), ([.closeDocument], "close"), ([.documentItems], "items"), ([.quit], "back"),
            ([.help], "help"),
        ],
        .deadlines: [
            ([.down, .up], "select"), ([.open], "document"), ([.draftNext], "draft next step"), ([.quit], "back"),
            ([.help], "help"),
        ],
        .cases: [
            ([.down, .up], "select"), ([.open], "open case"), ([.people], "people"), ([.quit], "back"),
            ([.help], "help"),
        ],
        .caseView: [
            ([.down, .up], "item"), ([.open], "open item"), ([.draftCaseNotices], "draft a notice per provider"),
            ([.quit], "back"),
            ([.help], "help"),
        ],
        .people: [([.down, .up], "select"), ([.quit], "back"), ([.help], "help")],
        .replies: [
            ([.down, .up], "select"), ([.open], "open"), ([.nextTab], "tab"), ([.replyConfirm], "confirm"),
            ([.replyAttach], "attach"),
            ([.replyDismiss], "dismiss"), ([.quit], "back"), ([.help], "help"),
        ],
        .reply: [
            ([.replyConfirm], "confirm proposal"), ([.replyAttach], "attach to document"), ([.replyDismiss], "dismiss"),
            ([.down, .up], "scroll"), ([.quit], "back"), ([.help], "help"),
        ],
    ]

    static func text(for context: KeyContext, keymap: Keymap) -> String {
        (commands[context] ?? []).compactMap { group, word in
            let keys = group.compactMap { keymap.firstKey(for: $0, in: context) }
            guard keys.count == group.count else { return nil }
            return keys.map(shortName).joined(separator: "/") + ":" + word
        }.joined(separator: "  ")
    }

    /// The hint line's short names: `Enter`, `Space`, `C-f` (no angle brackets).
    private static func shortName(_ key: Key) -> String {
        let name = KeyNotation.name(of: key)
        guard name.hasPrefix("<"), name.hasSuffix(">") else { return name }
        return String(name.dropFirst().dropLast())
    }
}

extension Keymap {
    /// The first key that runs `command` in `context` (its own bindings, then the global ones),
    /// skipping keys the context gives to another command.
    func firstKey(for command: DeskCommand, in context: KeyContext) -> Key? {
        for scope in [context, .global] {
            for binding in bindings where binding.context == scope && binding.command == command {
                if let key = binding.keys.first(where: { self.command(for: $0, in: context) == command }) { return key }
            }
        }
        return nil
    }
}
