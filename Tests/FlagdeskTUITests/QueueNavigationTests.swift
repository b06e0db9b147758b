import FlagdeskEngine
import Testing

@testable import FlagdeskTUI

@MainActor
struct QueueNavigationTests {
    @Test func windowedMovesMatchOneBigReadAndKeepMemoryBounded() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        _ = try desk.fillDemo(count: 1_100)
        let everything = try desk.queueWindow(.inbox, after: nil, limit: 5_000).map(\.item.reference)
        #expect(everything.count == (try desk.queueCount(.inbox)))
        var queue = QueueState()
        try queue.load(around: nil, selecting: nil, desk: desk)
        var visited = [queue.selectedRow!.item.reference]
        for _ in 1..<everything.count {
            try queue.move(by: 1, desk: desk)
            visited.append(queue.selectedRow!.item.reference)
            #expect(queue.rows.count <= QueueState.maximumWindow)
        }
        #expect(visited == everything)
        #expect(queue.selectedPosition == everything.count - 1)
        try queue.move(by: 1, desk: desk)
        #expect(queue.selectedPosition == everything.count - 1, "moving past the end stays on the last row")
        // And back up again, across the windows that were trimmed away.
        try queue.move(by: -(everything.count - 1), desk: desk)
        #expect(queue.selectedPosition == 0)
        #expect(queue.selectedRow?.item.reference == everything[0])
    }

    @Test func bottomAndTopJumpToTheEndsAndSearchFindsPositions() throws {
        let desk = try makeDesk()
        var queue = QueueState()
        try queue.load(around: nil, selecting: nil, desk: desk)
        let all = try desk.queueWindow(.inbox, after: nil, limit: 1_000)
        try queue.moveToBottom(desk: desk)
        #expect(queue.selectedRow?.item.reference == all.last?.item.reference)
        #expect(queue.selectedPosition == all.count - 1)
        try queue.moveToTop(desk: desk)
        #expect(queue.selectedRow?.item.reference == all.first?.item.reference)
        let middle = all[137]
        try queue.load(around: middle.cursor, selecting: middle.item.reference, desk: desk)
        #expect(queue.selectedPosition == 137)
        #expect(queue.selectedRow?.item.reference == middle.item.reference)
    }

    @Test func tabsHoldTheirStatuses() throws {
        let desk = try makeDesk()
        let counts = try desk.queueCounts()
        let triage = try desk.queueWindow(.triage, after: nil, limit: 1_000)
        #expect(triage.allSatisfy { $0.item.status == .new })
        #expect(counts.perTab[.triage] == triage.count)
        let closed = try desk.queueWindow(.closed, after: nil, limit: 1_000)
        #expect(closed.allSatisfy { !$0.item.status.isOpen })
        #expect(counts.perTab[.inbox]! + counts.perTab[.closed]! == (try desk.itemCount(.init())))
        #expect(counts.actionNeeded == (try desk.itemCount(.init(statuses: [.new, .triaged]))))
    }
}
