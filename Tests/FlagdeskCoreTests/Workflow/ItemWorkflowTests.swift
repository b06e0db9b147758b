import FlagdeskCore
import Testing

@Suite("Item state machine")
struct ItemWorkflowTests {
    static let reason = "lawful adult sex work, not illegal in the provider's country"

    /// DESIGN.md §4, stated independently: action -> (from -> to). Hold and release are tested
    /// separately because release depends on the state held from.
    static let allowed: [String: [ItemStatus: ItemStatus]] = [
        "triage": [.new: .triaged],
        "start": [.triaged: .inAction],
        "resolve": [.triaged: .resolved, .inAction: .resolved],
        "no-action": [.triaged: .noAction, .inAction: .noAction],
        "hold": [.new: .onHold, .triaged: .onHold, .inAction: .onHold],
    ]

    static let actions: [String: ItemAction] = [
        "triage": .triage, "start": .startAction, "resolve": .resolve, "no-action": .noAction(reason: reason),
        "hold": .hold,
    ]

    @Test("every action from every state is allowed or refused", arguments: ItemStatus.allCases)
    func transitionTable(from status: ItemStatus) {
        let state = ItemState(status: status, heldFrom: status == .onHold ? .triaged : nil)
        for (name, action) in Self.actions.sorted(by: { $0.key < $1.key }) {
            let expected = Self.allowed[name]?[status]
            #expect(ItemWorkflow.isAvailable(action, for: state) == (expected != nil), "\(name) from \(status)")
            do {
                let next = try ItemWorkflow.apply(action, to: state, reference: "FD-2026-000123")
                #expect(next.status == expected, "\(name) from \(status)")
                #expect((next.heldFrom != nil) == (next.status == .onHold))
            } catch {
                #expect(expected == nil, "\(name) from \(status): \(error.message)")
                #expect(error.cause == .illegalTransition)
            }
        }
        let released = try? ItemWorkflow.apply(.release, to: state, reference: "FD-1")
        #expect(released?.status == (status == .onHold ? .triaged : nil))
    }

    @Test("on hold and back to the state it had", arguments: [ItemStatus.new, .triaged, .inAction])
    func holdAndRelease(from status: ItemStatus) throws {
        let held = try ItemWorkflow.apply(.hold, to: ItemState(status: status), reference: "FD-1")
        #expect(held == ItemState(status: .onHold, heldFrom: status))
        #expect(try ItemWorkflow.apply(.release, to: held, reference: "FD-1") == ItemState(status: status))
    }

    @Test("release without a recorded prior state is refused, not guessed")
    func releaseUnknown() throws {
        let error = try #require(
            throws: WorkflowRefusal.self,
            performing: { try ItemWorkflow.apply(.release, to: ItemState(status: .onHold), reference: "FD-9") })
        #expect(error.cause == .unknownPriorState)
    }

    @Test("no action needs a reason in words")
    func noActionReason() throws {
        for blank in ["", "  ", "\n\t"] {
            let error = try #require(
                throws: WorkflowRefusal.self,
                performing: {
                    try ItemWorkflow.apply(.noAction(reason: blank), to: ItemState(status: .triaged), reference: "FD-1")
                })
            #expect(error.cause == .reasonRequired)
        }
        let done = try ItemWorkflow.apply(
            .noAction(reason: Self.reason), to: ItemState(status: .triaged), reference: "")
        #expect(done.status == .noAction)
    }

    @Test("a refusal names the item and its state")
    func refusalMessage() throws {
        let error = try #require(
            throws: WorkflowRefusal.self,
            performing: {
                try ItemWorkflow.apply(.triage, to: ItemState(status: .resolved), reference: "FD-2026-000123")
            })
        #expect(error.message == "FD-2026-000123 is resolved; a resolved item cannot be triaged")
    }

    @Test("seeded random sequences: holds always return to where they left, closed items stay closed")
    func randomSequences() {
        var generator = SeededGenerator(seed: 42)
        let all: [ItemAction] = [.triage, .startAction, .resolve, .noAction(reason: Self.reason), .hold, .release]
        for _ in 0..<500 {
            var state = ItemState(status: .new)
            for _ in 0..<15 {
                let action = all.randomElement(using: &generator)!
                guard let next = try? ItemWorkflow.apply(action, to: state, reference: "FD-1") else { continue }
                if action == .release { #expect(next.status == state.heldFrom) }
                if action == .hold { #expect(next.heldFrom == state.status) }
                #expect(state.status.isOpen)
                #expect((next.heldFrom != nil) == (next.status == .onHold))
                state = next
            }
        }
    }
}
