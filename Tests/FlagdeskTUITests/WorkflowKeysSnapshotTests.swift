import FlagdeskCore
import FlagdeskEngine
import Testing

@testable import FlagdeskTUI

/// Golden screens of the keys issue #17 added: the new-item form, `s` asking how a document was
/// sent, and the report of a command on the marked items.
@MainActor
struct WorkflowKeysSnapshotTests {
    let size = TerminalSize(rows: 24, columns: 80)

    func press(_ controller: DeskController, _ text: String) {
        for scalar in text.unicodeScalars { controller.handle(.rune(scalar)) }
    }

    @Test func theNewItemFormNamesThePlatform() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        let controller = try DeskController(desk: desk)
        press(controller, "a")
        controller.handle(.enter)
        press(controller, "https://www.instagram.com/p/desk-added")
        controller.handle(.enter)
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "add-item-\(size)")
        #expect(screen.snapshot().contains("Platform: Instagram"))
    }

    @Test func sendAsksHowItWasSent() throws {
        let desk = try makeDesk(config: organisationConfig)
        let approved = try #require(try desk.documents(DocumentFilter(statuses: [.approved]), limit: 1).first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(approved.reference)")
        press(controller, "s")
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "send-how-\(size)")
        #expect(screen.snapshot().contains("By you, outside Flagdesk"))
    }

    @Test func holdOnMarkedItemsReportsItemByItem() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        press(controller, "  ;H")
        press(controller, "y")
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "hold-marked-\(size)")
        #expect(screen.snapshot().contains("Hold of 2 marked items"))
    }
}
