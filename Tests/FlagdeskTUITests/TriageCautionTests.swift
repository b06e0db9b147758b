import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskTUI

/// Issue #15: the triage form labels weak indicators and shows the focused one's caution, so the
/// flagger reads "not the same as 'new in town'" while ticking (NIJ study; REFERENCE §7).
@MainActor
@Suite struct TriageCautionTests {
    private func screen(focusing key: String) throws -> String {
        let item = Item(
            url: "https://x.example/a", normalizedURL: "https://x.example/a", host: "x.example", createdAt: Date(),
            createdBy: "bob")
        var form = TriageForm(item: item)
        form.focus = try #require(TriageForm.fields.firstIndex(of: .indicator(key)))
        form.scroll = max(0, form.focus - 3)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 200))
        TriageView(form: form).draw(on: screen)
        return screen.snapshot()
    }

    @Test func theFocusedIndicatorShowsItsCautionAndStanding() throws {
        let moved = try screen(focusing: "unodc-sexual-exploitation.moved-between-locations")
        #expect(moved.contains("caution: Being moved by others; not the same as 'new in town'"))
        let movement = try screen(focusing: "nij-online-ads.movement-language")
        #expect(movement.contains("(counter-indicator) Movement language"))
        #expect(movement.contains("caution: ads with it were 70% less likely"))
        let tattoos = try screen(focusing: "nij-online-ads.visible-tattoos")
        #expect(tattoos.contains("(not predictive) (characteristic) Visible"))
        #expect(tattoos.contains("[not predictive; characteristic, never in a referral]"))
    }
}
