import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// The People view shows, for the selected person, the wishes the engine enforces and who the
/// person is assigned to (issue #15 points 1 and 7): read-only, never identity or contact.
@MainActor
@Suite struct PeopleSafeguardsTests {
    @Test func theSelectedPersonsEnforcedWishesAndAssigneeShow() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        var request = PersonRequest(pseudonym: "Rowan-4")
        request.wishes = ["only women at the drop-in centre"]
        request.addedWishes = [WishRequest(kind: .noPolice), WishRequest(kind: .contactOnlyThrough, value: "Marta")]
        _ = try desk.recordPerson(request)
        _ = try desk.assign("Rowan-4", to: "alice")
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 160))
        controller.handle(.rune("P"))
        render(controller, on: screen)
        let shown = screen.snapshot()
        #expect(shown.contains("Rowan-4 — enforced: "))
        #expect(shown.contains("[no-police]"))
        #expect(shown.contains("[contact-only-through=Marta]"))
        #expect(shown.contains("assigned to: alice"))
    }

    @Test func aPersonWithoutWishesOrAssigneeSaysSo() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        _ = try desk.recordPerson(PersonRequest(pseudonym: "Hazel-9"))
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 160))
        controller.handle(.rune("P"))
        render(controller, on: screen)
        #expect(screen.snapshot().contains("Hazel-9 — enforced: no enforced wishes"))
        #expect(screen.snapshot().contains("assigned to: nobody"))
    }
}
