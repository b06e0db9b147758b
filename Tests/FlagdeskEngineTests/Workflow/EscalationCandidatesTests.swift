import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Escalation reads only the documents that could fire")
struct EscalationCandidatesTests {
    /// On the demo desk (documents in every state, overdue deadlines, refusals, preservation
    /// orders) and at instants from now to two years on, the indexed selection proposes exactly
    /// what reading every document proposes.
    @Test func theSelectionProposesWhatReadingEverythingProposes() throws {
        let demo = try makeDesk()
        _ = try demo.fillDemo(count: 120)
        var sawProposals = false
        for days in [0, 3, 8, 15, 40, 75, 200, 400, 800] {
            let desk = try reopen(demo, now: fixedNow.addingTimeInterval(Double(days) * 86_400))
            let planner = desk.escalationPlanner(try desk.deadlineSettings())
            let (selected, everything) = try desk.store.read { db in
                (
                    try desk.escalationProposals(planner, now: desk.now, in: db),
                    try desk.escalationProposals(planner, now: desk.now, everything: true, in: db)
                )
            }
            #expect(selected == everything, "after \(days) days")
            sawProposals = sawProposals || !everything.isEmpty
        }
        #expect(sawProposals, "the demo desk must give the ladder something to do")
    }

    @Test func shortestDurationsAreLowerBounds() {
        #expect(EscalationPlanner.shortestDuration(.hours(24)) == 23 * 3_600)
        #expect(EscalationPlanner.shortestDuration(.days(7)) == 6 * 86_400 - 3_600)
        #expect(EscalationPlanner.shortestDuration(.months(1)) == 27 * 86_400 - 3_600)
        #expect(EscalationPlanner.shortestDuration(.days(1)) == 0)
    }
}
