import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Cases follow the desk's rules (issue #14): every case write is a member's, takes the clock
/// (`--now` only on a simulated-clock desk, never backwards) and says when its instant was
/// simulated; reading a case, its proposals or the People view answers what-if questions.
@Suite struct CaseTrustTests {
    private func isBackwards(_ error: any Error) -> Bool {
        guard case .refused(let message) = error as? EngineError else { return false }
        return message.contains("is before the trail's last event")
    }

    @Test func caseWritesNeverMoveASimulatedTrailBackwards() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem("https://www.instagram.com/p/ring-1")
        let other = try world.triagedItem("https://x.com/ring/status/2")
        let desk = try world.desk()
        let record = try desk.addToCase(try desk.newCase(title: "Ring").reference, items: [item.reference])
        let events = try desk.caseDetail(reference: record.reference).events
        #expect(!events.isEmpty && events.allSatisfy { $0.payload.contains("\"clock\":\"simulated\"") })

        let earlier = try world.desk(at: fixedNow.adding(hours: -1))
        #expect { _ = try earlier.newCase(title: "Late") } throws: { isBackwards($0) }
        #expect { _ = try earlier.addToCase(record.reference, items: [other.reference]) } throws: { isBackwards($0) }
        #expect { _ = try earlier.removeFromCase(record.reference, items: [item.reference]) } throws: {
            isBackwards($0)
        }
        #expect { _ = try earlier.setCaseHold(record.reference, held: true) } throws: { isBackwards($0) }
        #expect { _ = try earlier.draftForCase(record.reference, kind: .dsaNotice) } throws: { isBackwards($0) }
        // Nothing changed, and reading at that instant still answers.
        let after = try earlier.caseDetail(reference: record.reference)
        #expect(after.record.itemCount == 1 && !after.record.leaHold && after.documents.isEmpty)
        #expect(after.events.count == events.count)
        #expect(try earlier.cases().total == 1)
        #expect(try world.desk(as: "alice", at: fixedNow.adding(hours: -1)).people().isEmpty)
    }

    @Test func caseWritesRefuseNowOnARealDesk() throws {
        let home = temporaryFolder("real-cases")
        var options = DeskOptions(
            configPath: nil, storePath: home.appendingPathComponent("store").path, now: nil,
            environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path], createStore: true)
        let real = try Desk.open(options)
        guard case .added(let item, _) = try real.add(AddItemRequest(url: "https://board.example/ad/1")) else {
            throw EngineError.refused("not added")
        }
        let record = try real.addToCase(try real.newCase(title: "Ring").reference, items: [item.reference])
        options.createStore = false
        options.now = ISO8601.parseInstant("2033-01-01T00:00:00Z")!
        let whatIf = try Desk.open(options)
        let refusal = EngineError.refused(DeskClock.whatIfRefusal)
        #expect(throws: refusal) { _ = try whatIf.newCase(title: "What if") }
        #expect(throws: refusal) { _ = try whatIf.setCaseHold(record.reference, held: true) }
        #expect(throws: refusal) { _ = try whatIf.removeFromCase(record.reference, items: [item.reference]) }
        #expect(throws: refusal) { _ = try whatIf.draftForCase(record.reference, kind: .dsaNotice) }
        #expect(try whatIf.caseDetail(reference: record.reference).record.itemCount == 1)
        #expect(try whatIf.people().isEmpty, "the owner of a personal desk is its coordinator")
    }
}
