import Testing

@testable import FlagdeskTUI

/// Issue #17, "Structure": every screen answers move, page, g/G and Enter through its own
/// handler, chosen by one table; the controller only dispatches.
@MainActor
struct ScreenHandlerTableTests {
    @Test func everyScreenHasItsOwnHandler() {
        let screens = KeyContext.allCases.filter { $0 != .global }
        for context in screens {
            #expect(ScreenHandlers.table[context] != nil, "no handler for the \(context.title) screen")
        }
        let kinds = Set(screens.compactMap { ScreenHandlers.table[$0].map { "\(type(of: $0))" } })
        #expect(kinds.count == screens.count, "one handler type per screen")
        #expect(ScreenHandlers.table[.global] == nil, "global keys are not a screen")
    }
}
