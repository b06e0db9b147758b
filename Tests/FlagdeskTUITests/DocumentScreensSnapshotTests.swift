import FlagdeskCore
import FlagdeskEngine
import Testing

@testable import FlagdeskTUI

/// Golden screens of what issue #17 added to the desk: a sent document with its drafter and
/// approver, the answers `r` offers, and a coordinator's "waiting for my approval".
@MainActor
struct DocumentScreensSnapshotTests {
    let size = TerminalSize(rows: 24, columns: 80)

    @Test func aSentDocumentShowsWhoDraftedApprovedAndSentIt() throws {
        let desk = try makeDesk()
        let sent = try #require(try desk.documents(DocumentFilter(statuses: [.sent]), limit: 1).first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(sent.reference)")
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "compose-sent-\(size)")
        let text = screen.snapshot()
        #expect(text.contains("Drafted by \(sent.draftedBy)"))
        if let approver = sent.approvedBy { #expect(text.contains("approved by \(approver)")) }
    }

    @Test func theAnswersRecordOffers() throws {
        let desk = try makeDesk()
        let sent = try #require(try desk.documents(DocumentFilter(statuses: [.sent]), limit: 1).first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(sent.reference)")
        controller.handle(.rune("r"))
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "record-answer-\(size)")
        #expect(screen.snapshot().contains("Acknowledgement of receipt"))
    }

    @Test func waitingForMyApproval() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("A"))
        let screen = MemoryScreen(size: size)
        render(controller, on: screen)
        expectSnapshot(screen, named: "approvals-\(size)")
        #expect(screen.snapshot().contains("Waiting for my approval ("))
    }
}
