import FlagdeskEngine
import Testing

@testable import FlagdeskTUI

/// The desk's `e` hands long text to `$VISUAL`/`$EDITOR` — except on a team desk reached through
/// sudo, where the editor would run as the service account and its shell escape (`:!sh`) would
/// give the person that account and its keys (issue #14: trust holds against people).
@Suite("Desk: the external editor")
struct ExternalEditorTests {
    let environment = ["EDITOR": "vi", "VISUAL": "vim", "TERM": "xterm-256color"]

    @Test func aPersonalDeskUsesTheUsersEditor() {
        let kept = ExternalEditor.allowed(in: environment, for: .account)
        #expect(ExternalEditor.command(in: kept) == "vim")
    }

    @Test func throughSudoTheDeskEditsInline() {
        let kept = ExternalEditor.allowed(in: environment, for: .sudo(from: "flagdesk"))
        #expect(ExternalEditor.command(in: kept) == nil, "nil: the inline editor")
        #expect(kept["TERM"] == "xterm-256color", "only the editor is dropped")
    }
}
