import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

@MainActor
struct ControllerTests {
    func press(_ controller: DeskController, _ text: String) {
        for scalar in text.unicodeScalars { controller.handle(.rune(scalar)) }
    }

    @Test func incrementalSearchJumpsAsYouTypeAndNRepeats() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("j"))
        press(controller, "/")
        press(controller, "café")
        #expect(controller.state.prompt != nil)
        let hostile = try desk.queueWindow(.inbox, text: "café", after: nil, limit: 1).first
        #expect(controller.state.queue.selectedRow?.item.reference == hostile?.item.reference)
        controller.handle(.enter)
        #expect(controller.state.prompt == nil)
        #expect(controller.state.queue.lastSearch == "café")
        // A word the demo uses on many items: n walks forward through matches, N back.
        press(controller, "/")
        press(controller, "escort")
        controller.handle(.enter)
        let matches = try desk.queueWindow(.inbox, text: "escort", after: nil, limit: 1_000)
        try #require(matches.count > 2)
        let first = controller.state.queue.selectedRow!.item.reference
        let index = try #require(matches.firstIndex { $0.item.reference == first })
        controller.handle(.rune("n"))
        #expect(
            controller.state.queue.selectedRow?.item.reference == matches[(index + 1) % matches.count].item.reference)
        controller.handle(.rune("N"))
        #expect(controller.state.queue.selectedRow?.item.reference == first)
        #expect(
            controller.state.queue.selectedPosition == (try desk.queuePosition(of: matches[index].cursor, in: .inbox)))
    }

    @Test func filterNarrowsTheTabAndClearingRestoresIt() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        let all = controller.state.queue.total
        press(controller, "\\")
        press(controller, "escort")
        controller.handle(.enter)
        let filtered = controller.state.queue.total
        #expect(filtered == (try desk.queueCount(.inbox, text: "escort")))
        #expect(filtered > 0 && filtered < all)
        press(controller, "|")
        #expect(controller.state.queue.total == all)
    }

    @Test func commandLineRunsCommandsByNameAndReportsUnknownOnes() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        press(controller, ":")
        press(controller, "on-hold")
        controller.handle(.enter)
        #expect(controller.state.queue.tab == .onHold)
        press(controller, ":")
        press(controller, "next-tab")
        controller.handle(.enter)
        #expect(controller.state.queue.tab == .closed)
        press(controller, ":open FD-2026-000003")
        controller.handle(.enter)
        guard case .item(let page) = controller.state.screen else {
            Issue.record("`:open` did not open the item")
            return
        }
        #expect(page.detail.item.reference == "FD-2026-000003")
        press(controller, ":frobnicate")
        controller.handle(.enter)
        #expect(controller.state.message?.kind == .error)
        #expect(controller.state.message?.text.contains("frobnicate") == true)
        press(controller, ":open FD-1999-000001")
        controller.handle(.enter)
        #expect(controller.state.message?.kind == .error, "an unknown reference is refused, not a crash")
    }

    @Test func marksToggleRangeMarksAndClearingAsksFirst() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        let rows = try desk.queueWindow(.inbox, after: nil, limit: 1_000)
        press(controller, " ")
        #expect(controller.state.queue.marks == [rows[0].item.reference])
        #expect(controller.state.queue.selectedPosition == 1)
        press(controller, "v")
        for _ in 0..<4 { press(controller, "j") }
        press(controller, "v")
        #expect(controller.state.queue.marks == Set(rows[0...5].map(\.item.reference)))
        // A range wider than the loaded window is read from the store.
        press(controller, "v")
        controller.handle(.end)
        press(controller, "v")
        #expect(controller.state.queue.marks.count == rows.count)
        press(controller, "U")
        #expect(controller.state.prompt != nil, "clearing many marks asks first")
        press(controller, "n")
        #expect(controller.state.queue.marks.count == rows.count)
        press(controller, "U")
        press(controller, "y")
        #expect(controller.state.queue.marks.isEmpty)
    }

    @Test func anotherProcessesChangeAppearsOnTheNextPoll() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        #expect(controller.reloadIfChanged() == false)
        let before = controller.state.queue.counts.perTab[.triage]
        // A second desk on the same store (and its seal key) stands for `flagdesk add` in
        // another terminal.
        let other = try Desk.open(
            DeskOptions(
                configPath: nil, storePath: desk.store.folder.path, now: fixedNow,
                environment: [
                    "HOME": NSTemporaryDirectory(), "FLAGDESK_SEAL_KEY": try #require(desk.store.sealKeyFile).path,
                ], process: AccountNamed(login: "alice")))
        _ = try other.add(AddItemRequest(url: "https://new-board.example/ad/77"))
        #expect(controller.reloadIfChanged())
        #expect(controller.state.queue.counts.perTab[.triage] == before.map { $0 + 1 })
        #expect(controller.reloadIfChanged() == false)
    }

    @Test func screensStackAndQuitLeavesOnlyFromTheQueue() throws {
        let controller = try DeskController(desk: makeDesk())
        controller.handle(.enter)
        press(controller, "?")
        guard case .help(let page) = controller.state.screen else {
            Issue.record("? did not open help")
            return
        }
        #expect(page.context == .item)
        press(controller, "q")
        press(controller, "q")
        #expect(!controller.isFinished)
        if case .queue = controller.state.screen {} else { Issue.record("q did not go back to the queue") }
        press(controller, "q")
        #expect(controller.isFinished)
    }

    @Test func loopRunsKeysFromTheScreenAndRelayoutsOnResize() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 80))
        let loop = DeskLoop(controller: controller, screen: screen, identity: testIdentity)
        screen.enqueue(.rune("j"), .rune("j"))
        loop.run(stopWhenIdle: true)
        #expect(controller.state.queue.selectedPosition == 2)
        screen.resize(to: TerminalSize(rows: 10, columns: 40))
        loop.run(stopWhenIdle: true)
        #expect(screen.snapshot().contains("Terminal too small: 40x10"))
        screen.resize(to: TerminalSize(rows: 43, columns: 132))
        loop.run(stopWhenIdle: true)
        #expect(screen.snapshot().contains("3/\(controller.state.queue.total)"))
        screen.enqueue(.rune("q"))
        loop.run()
        #expect(controller.isFinished)
    }
}
